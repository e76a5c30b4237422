package accounts

import (
	"testing"
)

// Every rule names real view permissions, once per field, and no field is both moderated
// and shown to every view.
func TestModerationTableNamesRealPermissionsOncePerField(t *testing.T) {
	for _, sh := range ModerationShapes() {
		seen := map[string]bool{}
		for _, p := range sh.Always {
			seen[p] = true
		}
		for _, r := range sh.Rules {
			if seen[r.Path] {
				t.Errorf("%s: %s appears twice", sh.Name, r.Path)
			}
			seen[r.Path] = true
			if len(r.Needs) == 0 {
				t.Errorf("%s: %s needs no permission", sh.Name, r.Path)
			}
			for _, p := range r.Needs {
				if !p.Valid() {
					t.Errorf("%s: %s needs %q, not a view permission", sh.Name, r.Path, p)
				}
			}
		}
	}
}
