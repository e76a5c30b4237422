package view

import "sort"

// MostPermissiveFirst orders view ids owner first, then other system views, then custom
// ones, so that a caller with several views acts and reads through the fullest.
func MostPermissiveFirst(ids []string) []string {
	rank := func(id string) int {
		switch {
		case id == Owner:
			return 0
		case !IsCustomID(id):
			return 1
		}
		return 2
	}
	out := append([]string(nil), ids...)
	sort.SliceStable(out, func(i, j int) bool {
		if rank(out[i]) != rank(out[j]) {
			return rank(out[i]) < rank(out[j])
		}
		return out[i] < out[j]
	})
	return out
}

// MostPermissive picks, among views, the first in MostPermissiveFirst order that passes ok.
func MostPermissive(views []View, ok func(View) bool) (View, bool) {
	byID := make(map[string]View, len(views))
	ids := make([]string, 0, len(views))
	for _, v := range views {
		byID[v.ID] = v
		ids = append(ids, v.ID)
	}
	for _, id := range MostPermissiveFirst(ids) {
		if ok(byID[id]) {
			return byID[id], true
		}
	}
	return View{}, false
}
