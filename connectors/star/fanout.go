package star

import "github.com/obp-go/obp/domain/obperr"

// first asks each target in turn and answers the first that finds it. A not-found (an
// OBP error answered with 404) only means "not here"; any other error is final.
func first[T any](targets []target, call func(t target) (T, error)) (T, error) {
	_, v, err := owner(targets, call)
	return v, err
}

// owner is first, also naming the target that found it: where a write by id goes.
func owner[T any](targets []target, call func(t target) (T, error)) (target, T, error) {
	var zero T
	var missing error
	for _, t := range targets {
		v, err := call(t)
		if err == nil {
			return t, v, nil
		}
		if !isNotFound(err) {
			return t, zero, err
		}
		if missing == nil {
			missing = err
		}
	}
	return target{}, zero, missing
}

// merge asks every target and concatenates their lists.
func merge[T any](targets []target, call func(t target) ([]T, error)) ([]T, error) {
	if len(targets) == 1 {
		return call(targets[0])
	}
	out := make([]T, 0)
	for _, t := range targets {
		list, err := call(t)
		if err != nil {
			return nil, err
		}
		out = append(out, list...)
	}
	return out, nil
}

func isNotFound(err error) bool {
	e, ok := obperr.As(err)
	return ok && e.Code.Status == 404
}
