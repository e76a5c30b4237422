package view

import "testing"

func TestSystemViews(t *testing.T) {
	owner, ok := System(Owner)
	if !ok || !owner.Can(CanSeeBalance) || !owner.Can("can_add_transaction_request_to_any_account") || len(owner.CanGrantAccessToViews) == 0 {
		t.Errorf("owner = %+v", owner)
	}
	for _, id := range []string{Auditor, Accountant} {
		v, _ := System(id)
		if v.Can("can_add_transaction_request_to_any_account") || v.Can("can_add_transaction_request_to_own_account") || !v.Can("can_see_transaction_amount") {
			t.Errorf("%s must read but not pay", id)
		}
	}
	stage, _ := System(StageOne)
	if stage.Can("can_see_transaction_description") || stage.Can("can_add_transaction_request_to_any_account") {
		t.Error("StageOne overrides lost")
	}
	for _, v := range SystemViews() {
		if IsCustomID(v.ID) || !v.IsSystem {
			t.Errorf("system view %q", v.ID)
		}
		for p := range v.Allowed {
			if !p.Valid() {
				t.Errorf("%s grants unknown permission %q", v.ID, p)
			}
		}
	}
	if len(Permissions) < 80 {
		t.Errorf("only %d permissions", len(Permissions))
	}
}
