package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/testenv"
)

// The audit's case: ellie shares "_family" on ellie-current with omar; the view grants no
// routing, bank routing or owner permission.
const familyAccount = "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current"

var ellieIBAN = func() string {
	for _, p := range sbx.People {
		if p.Username == "ellie" {
			return p.IBAN
		}
	}
	panic("no ellie in the sandbox")
}()

// entryFor is the entry of a list answer about accountID (by "id" or "account_id").
func entryFor(t *testing.T, entries []any, accountID string) map[string]any {
	t.Helper()
	for _, e := range entries {
		m := e.(map[string]any)
		if m["id"] == accountID || m["account_id"] == accountID {
			return m
		}
	}
	t.Fatalf("no entry for %s in %v", accountID, entries)
	return nil
}

func wantAbsent(t *testing.T, what string, m map[string]any, fields ...string) {
	t.Helper()
	for _, f := range fields {
		if _, ok := m[f]; ok {
			t.Errorf("%s shows %s: %v", what, f, m[f])
		}
	}
}

func wantPresent(t *testing.T, what string, m map[string]any, fields ...string) {
	t.Helper()
	for _, f := range fields {
		if _, ok := m[f]; !ok {
			t.Errorf("%s lacks %s", what, f)
		}
	}
}

func TestFamilyViewHidesRoutingsAndHoldersInTransactions(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")

		own := listOf(t, s.Get(t, familyAccount+"/owner/transactions", auth(ellie)...), "transactions")
		wantPresent(t, "the owner's this_account", own[0].(map[string]any)["this_account"].(map[string]any), "account_routings", "holders", "bank_routing")

		id := own[0].(map[string]any)["id"].(string)
		for _, path := range []string{familyAccount + "/_family/transactions", familyAccount + "/_family/transactions/" + id + "/transaction",
			"/obp/v5.1.0/my/banks/gh.29.uk/accounts/ellie-current/transactions"} {
			r := s.Get(t, path, auth(omar)...)
			if r.Status != 200 {
				t.Fatalf("%s: %d %s", path, r.Status, r.Body)
			}
			if strings.Contains(string(r.Body), ellieIBAN) {
				t.Errorf("%s shows ellie's IBAN: %s", path, r.Body)
			}
			txs, ok := r.JSON(t)["transactions"].([]any)
			if !ok {
				txs = []any{r.JSON(t)}
			}
			for _, tx := range txs {
				this := tx.(map[string]any)["this_account"].(map[string]any)
				wantPresent(t, path+" this_account", this, "id")
				wantAbsent(t, path+" this_account", this, "account_routings", "holders", "bank_routing")
			}
		}
	})
}

func TestBalancesAreModeratedByTheView(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
		// A second view for omar with the balance and nothing else, not even the label.
		r := s.Do(t, http.MethodPost, familyAccount+"/views", `{"name": "_nolabel", "description": "balance only",
			"allowed_actions": ["can_see_bank_account_balance"]}`, auth(ellie)...)
		if r.Status != 201 {
			t.Fatalf("create _nolabel: %d %s", r.Status, r.Body)
		}
		omarID := s.Get(t, "/obp/v5.1.0/users/current", auth(omar)...).JSON(t)["user_id"].(string)
		if r := grantView(t, s, ellie, "gh.29.uk", "ellie-current", omarID, "_nolabel"); r.Status != 201 {
			t.Fatalf("grant _nolabel: %d %s", r.Status, r.Body)
		}

		get := func(tok, path string) (map[string]any, string) {
			t.Helper()
			r := s.Get(t, path, auth(tok)...)
			if r.Status != 200 {
				t.Fatalf("%s: %d %s", path, r.Status, r.Body)
			}
			return r.JSON(t), string(r.Body)
		}
		owned, _ := get(ellie, familyAccount+"/balances")
		wantPresent(t, "ellie's balances", owned, "account_routings", "label", "balances")

		// Without VIEW_ID the guard picks _family, the first of omar's views that shows the balance.
		for _, path := range []string{familyAccount + "/balances", familyAccount + "/views/_family/balances"} {
			m, body := get(omar, path)
			wantPresent(t, path, m, "account_id", "bank_id", "label", "balances")
			wantAbsent(t, path, m, "account_routings")
			if strings.Contains(body, ellieIBAN) {
				t.Errorf("%s shows ellie's IBAN: %s", path, body)
			}
		}
		m, _ := get(omar, familyAccount+"/views/_nolabel/balances")
		wantPresent(t, "through _nolabel", m, "balances")
		wantAbsent(t, "through _nolabel", m, "label", "account_routings")

		list, body := get(omar, "/obp/v5.1.0/banks/gh.29.uk/balances")
		entries := list["accounts"].([]any)
		shared := entryFor(t, entries, "ellie-current")
		wantPresent(t, "ellie-current in omar's bank balances", shared, "label", "balances")
		wantAbsent(t, "ellie-current in omar's bank balances", shared, "account_routings")
		if strings.Contains(body, ellieIBAN) {
			t.Errorf("omar's bank balances show ellie's IBAN: %s", body)
		}
		wantPresent(t, "omar's own account in his bank balances", entryFor(t, entries, "omar-current"), "label", "account_routings")
	})
}

func TestAccountListsAreModeratedByTheView(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		omar := sandboxToken(t, s, "omar")

		r := s.Get(t, "/obp/v5.1.0/my/accounts", auth(omar)...)
		if r.Status != 200 {
			t.Fatalf("my accounts: %d %s", r.Status, r.Body)
		}
		if strings.Contains(string(r.Body), ellieIBAN) {
			t.Errorf("omar's accounts show ellie's IBAN: %s", r.Body)
		}
		mine := listOf(t, r, "accounts")
		shared := entryFor(t, mine, "ellie-current")
		wantPresent(t, "ellie-current in omar's accounts", shared, "id", "bank_id", "label", "views")
		wantAbsent(t, "ellie-current in omar's accounts", shared, "account_routings", "account_type")
		wantPresent(t, "omar's own account", entryFor(t, mine, "omar-current"), "label", "account_type", "account_routings")

		atBank := listOf(t, s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts", auth(omar)...), "accounts")
		wantPresent(t, "ellie-current in omar's accounts at the bank", entryFor(t, atBank, "ellie-current"), "label", "views_available")
	})
}
