package role

import "testing"

func TestEveryRoleIsInTheCatalogueOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range All {
		if seen[r.Name] {
			t.Errorf("%s twice", r.Name)
		}
		seen[r.Name] = true
	}
	for _, list := range [][]Role{declared, obpCatalogue} {
		for _, r := range list {
			if got, ok := Lookup(r.Name); !ok || got != r {
				t.Errorf("Lookup(%s) = %+v, %v", r.Name, got, ok)
			}
		}
	}
}

// A role the code names and OBP's reference also names must agree on its scope: the
// code's declaration wins in All, so a disagreement would silently change OBP's role.
func TestDeclaredRolesAgreeWithOBPsScope(t *testing.T) {
	obp := map[string]Role{}
	for _, r := range obpCatalogue {
		obp[r.Name] = r
	}
	for _, r := range declared {
		if o, ok := obp[r.Name]; ok && o.RequiresBankID != r.RequiresBankID {
			t.Errorf("%s: declared with requires_bank_id %v, OBP's reference says %v", r.Name, r.RequiresBankID, o.RequiresBankID)
		}
	}
}
