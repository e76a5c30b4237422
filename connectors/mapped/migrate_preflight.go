package mapped

import (
	"fmt"

	"gorm.io/gorm"
)

// A preflight runs inside a migration's transaction, before its SQL, and refuses data the
// migration must not silently adopt or rewrite. Its error is written for the operator who
// starts the server: what is wrong, which rows, and what to do about it.
type preflight func(tx *gorm.DB, engine Engine) error

// preflights are keyed by the version of the migration they guard.
var preflights = map[int]preflight{}

// runPreflight runs the check for version, if it has one.
func runPreflight(tx *gorm.DB, engine Engine, m Migration) error {
	check, ok := preflights[m.Version]
	if !ok {
		return nil
	}
	if err := check(tx, engine); err != nil {
		return &PreflightError{Migration: fmt.Sprintf("%04d_%s", m.Version, m.Name), Err: err}
	}
	return nil
}

// PreflightError is a migration that refused to run because of the data it found.
type PreflightError struct {
	Migration string
	Err       error
}

func (e *PreflightError) Error() string {
	return "migration " + e.Migration + " refused to run: " + e.Err.Error()
}

func (e *PreflightError) Unwrap() error { return e.Err }
