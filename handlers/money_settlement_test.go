package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/internal/testenv"
)

func sepaBody(iban, amount string) string {
	return fmt.Sprintf(`{"to": {"iban": "%s"}, "value": {"currency": "GBP", "amount": "%s"}, "description": "sepa", "charge_policy": "SHARED"}`, iban, amount)
}

// ibanOf is the IBAN among an account's account_routings.
func ibanOf(t *testing.T, account map[string]any) string {
	t.Helper()
	rs, _ := account["account_routings"].([]any)
	for _, r := range rs {
		if m := r.(map[string]any); m["scheme"] == "IBAN" {
			return m["address"].(string)
		}
	}
	t.Fatalf("no IBAN in %v", account)
	return ""
}

// Any user could open an account with a settlement account's id at a bank where the server
// had not made it yet; forwarded payments were then credited to it. Pinned: the ids are
// reserved on every create path, and forwarded money lands on a holderless system account.
func TestSettlementAccountCannotBeHijacked(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		omar, ellie := sandboxToken(t, s, "omar"), sandboxToken(t, s, "ellie")
		body := `{"balance": {"currency": "GBP", "amount": "0"}}`
		for _, id := range []string{"OBP-OUTGOING-SETTLEMENT-ACCOUNT-GBP", "OBP-INCOMING-SETTLEMENT-ACCOUNT-GBP", "obp-outgoing-settlement-account-gbp", "Obp-anything"} {
			r := s.Do(t, http.MethodPut, "/obp/v5.1.0/banks/gh.29.uk/accounts/"+id, body, auth(omar)...)
			if m := wantOBPError(t, r, 400, "OBP-30110"); !strings.Contains(m["message"].(string), "reserved") {
				t.Errorf("%s: message does not say the id is reserved: %v", id, m["message"])
			}
		}
		if n := countRows(t, db, "accounts WHERE UPPER(id) LIKE 'OBP-%'"); n != 0 {
			t.Fatalf("%d OBP- accounts exist before any forwarded payment", n)
		}
		tr := pay(t, s, ellie, "ellie-current", "SEPA", sepaBody("FR1420041010050500013M02606", "3.00")).JSON(t)
		if tr["status"] != "FORWARDED" {
			t.Fatalf("external SEPA = %v", tr)
		}
		var settlement []struct {
			ID, SystemRole string
			Balance        int64
			Holders        int
		}
		testenv.Query(t, db, &settlement, `SELECT a.id, a.system_role, a.balance,
			(SELECT COUNT(*) FROM account_holders h WHERE h.bank_id = a.bank_id AND h.account_id = a.id) AS holders
			FROM accounts a WHERE a.bank_id = 'gh.29.uk' AND a.system_role <> ''`)
		if len(settlement) != 1 || settlement[0].ID != "OBP-OUTGOING-SETTLEMENT-ACCOUNT-GBP" || settlement[0].SystemRole != "OUTGOING_SETTLEMENT" ||
			settlement[0].Balance != 300 || settlement[0].Holders != 0 {
			t.Errorf("settlement accounts = %+v, want one holderless OUTGOING_SETTLEMENT holding 3.00", settlement)
		}
		wantOBPError(t, s.Get(t, trBase+"OBP-OUTGOING-SETTLEMENT-ACCOUNT-GBP/owner/account", auth(omar)...), 403, "OBP-20017")
	})
}

// A self-opened account accepted any routing, so a user could register someone else's
// IBAN (or "not-an-iban !!") and receive SEPA payments meant for it. Pinned: only the bank
// chooses routings; a user gets a bank-assigned, valid IBAN; an administrator's routings
// are validated and unique.
func TestIBANSquattingIsRefused(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin, ellie := adminToken(t, s), sandboxToken(t, s, "ellie")
		u := newUser(t, s)
		put := func(tok, id, routings string) *testenv.Response {
			return s.Do(t, http.MethodPut, "/obp/v5.1.0/banks/gh.29.uk/accounts/"+id,
				`{"balance": {"currency": "GBP", "amount": "0"}, "account_routings": [`+routings+`]}`, auth(tok)...)
		}
		before := countRows(t, db, "accounts")
		victim := `{"scheme": "IBAN", "address": "DE89370400440532013000"}`
		wantOBPError(t, put(u.Token, "squat", victim), 403, "OBP-20006")
		wantOBPError(t, put(u.Token, "squat", `{"scheme": "IBAN", "address": "not-an-iban !!"}`), 403, "OBP-20006")
		if n := countRows(t, db, "accounts"); n != before {
			t.Fatalf("refused creations wrote %d accounts", n-before)
		}

		mine := put(u.Token, "mine", "")
		if mine.Status != 201 {
			t.Fatalf("self-opened account: %d %s", mine.Status, mine.Body)
		}
		iban := ibanOf(t, mine.JSON(t))
		if err := routing.ValidateIBAN(iban); err != nil || !strings.HasPrefix(iban[4:], "GHBK402917") {
			t.Errorf("assigned IBAN %q: %v; want a valid IBAN with the bank's sort code", iban, err)
		}

		grant(t, s, admin, u.ID, "gh.29.uk", "CanCreateAccount")
		wantOBPError(t, put(u.Token, "bad-iban", `{"scheme": "IBAN", "address": "not-an-iban !!"}`), 400, "OBP-10033")
		wantOBPError(t, put(u.Token, "bad-check", `{"scheme": "IBAN", "address": "DE88370400440532013000"}`), 400, "OBP-10033")
		wantOBPError(t, put(u.Token, "bad-bic", `{"scheme": "BIC", "address": "GHBK!!2L"}`), 400, "OBP-30114")
		wantOBPError(t, put(u.Token, "taken", `{"scheme": "IBAN", "address": "`+iban+`"}`), 400, "OBP-30115")
		if r := put(u.Token, "imported", `{"scheme": "IBAN", "address": "gb82 west 1234 5698 7654 32"}`); r.Status != 201 || ibanOf(t, r.JSON(t)) != "GB82WEST12345698765432" {
			t.Errorf("an administrator's valid IBAN: %d %s", r.Status, r.Body)
		}

		// SEPA to the assigned IBAN reaches the account; routings stored before migration
		// 0008 (chosen by whoever opened the account) no longer resolve payees.
		if tr := pay(t, s, ellie, "ellie-current", "SEPA", sepaBody(iban, "1.00")).JSON(t); tr["status"] != "COMPLETED" {
			t.Errorf("SEPA to a bank-assigned IBAN = %v", tr)
		}
		if err := db.Gorm.Exec("UPDATE account_routings SET verified = ? WHERE address = ?", false, iban).Error; err != nil {
			t.Fatal(err)
		}
		if tr := pay(t, s, ellie, "ellie-current", "SEPA", sepaBody(iban, "1.00")).JSON(t); tr["status"] != "FORWARDED" {
			t.Errorf("SEPA to an unverified routing = %v, want FORWARDED (not credited here)", tr)
		}
		checkBooks(t, db)
	})
}

// A SEPA payment to an IBAN no bank can have (its check digits wrong) was forwarded
// through settlement, money leaving for nowhere. Pinned: it is refused, writing nothing.
func TestSEPAToAnImpossibleIBANIsRefused(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		ellie := sandboxToken(t, s, "ellie")
		before := countRows(t, db, "transaction_requests")
		wantOBPError(t, pay(t, s, ellie, "ellie-current", "SEPA", sepaBody("not-an-iban !!", "1.00")), 400, "OBP-09014")
		wantOBPError(t, pay(t, s, ellie, "ellie-current", "SEPA", sepaBody("FR1420041010050500013M02607", "1.00")), 400, "OBP-10033")
		if n := countRows(t, db, "transaction_requests"); n != before {
			t.Errorf("refused SEPA payments wrote %d requests", n-before)
		}
	})
}
