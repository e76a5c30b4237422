package handlers_test

import (
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// The sandbox's ellie shares her account with omar through "_family": balance, label and
// transaction amounts, descriptions and dates, and nothing else.
func TestModerationByView(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
		const acct = "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current"

		full := s.Get(t, acct+"/owner/account", auth(ellie)...).JSON(t)
		for _, f := range []string{"id", "bank_id", "label", "number", "owners", "product_code", "balance", "account_routings", "views_available"} {
			if _, ok := full[f]; !ok {
				t.Errorf("owner view lacks %q", f)
			}
		}
		if full["balance"].(map[string]any)["amount"] != "2620.50" {
			t.Errorf("balance = %v, want 2620.50 (2500.00 + 120.50)", full["balance"])
		}
		family := s.Get(t, acct+"/_family/account", auth(omar)...)
		if family.Status != 200 {
			t.Fatalf("through _family: %d %s", family.Status, family.Body)
		}
		fam := family.JSON(t)
		for _, f := range []string{"id", "bank_id", "label", "balance"} {
			if _, ok := fam[f]; !ok {
				t.Errorf("_family lacks %q", f)
			}
		}
		for _, f := range []string{"number", "owners", "product_code", "account_routings", "views_available"} {
			if _, ok := fam[f]; ok {
				t.Errorf("_family shows %q", f)
			}
		}
		wantOBPError(t, s.Get(t, acct+"/owner/account", auth(omar)...), 403, "OBP-20017")

		ownerTx := s.Get(t, acct+"/owner/transactions", auth(ellie)...).JSON(t)["transactions"].([]any)
		famTx := s.Get(t, acct+"/_family/transactions", auth(omar)...).JSON(t)["transactions"].([]any)
		if len(ownerTx) != 2 || len(famTx) != 2 {
			t.Fatalf("transactions: owner %d, family %d", len(ownerTx), len(famTx))
		}
		o, f := ownerTx[0].(map[string]any), famTx[0].(map[string]any)
		if _, ok := o["other_account"]; !ok {
			t.Error("owner does not see the other account")
		}
		if _, ok := f["other_account"]; ok {
			t.Error("_family sees the other account")
		}
		od, fd := o["details"].(map[string]any), f["details"].(map[string]any)
		for _, k := range []string{"value", "description", "posted", "completed", "new_balance", "type"} {
			if _, ok := od[k]; !ok {
				t.Errorf("owner transaction lacks details.%s", k)
			}
		}
		for _, k := range []string{"value", "description", "posted", "completed"} {
			if _, ok := fd[k]; !ok {
				t.Errorf("_family transaction lacks details.%s", k)
			}
		}
		for _, k := range []string{"new_balance", "type"} {
			if _, ok := fd[k]; ok {
				t.Errorf("_family transaction shows details.%s", k)
			}
		}
		if _, ok := f["metadata"]; ok {
			t.Error("_family shows metadata")
		}
		one := s.Get(t, acct+"/_family/transactions/"+f["id"].(string)+"/transaction", auth(omar)...).JSON(t)
		if _, ok := one["other_account"]; ok || one["id"] != f["id"] {
			t.Errorf("one transaction through _family = %v", one)
		}
	})
}
