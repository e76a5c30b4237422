package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	domainauth "github.com/obp-go/obp/domain/auth"
	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/testenv"
)

// shapeCase is one path read under v6.0.0 and under v5.1.0, and the fields each must and
// must not show (dotted paths, reaching into every element of a list).
type shapeCase struct {
	path          string
	tok           string
	v6, v6Not     []string
	v510, v510Not []string
}

// Every v6.0.0 doc answers in v6.0.0's names under /obp/v6.0.0, while the same path under
// /obp/v5.1.0 keeps the older doc's shape.
func TestV600DocsAnswerInTheirShapeAndV510KeepsTheOld(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin, ellie := adminToken(t, s), sandboxToken(t, s, "ellie")
		adminID := s.Get(t, "/obp/v5.1.0/users/current", auth(admin)...).JSON(t)["user_id"].(string)
		grant(t, s, admin, adminID, "gh.29.uk", "CanGetCustomer")
		customers := s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/customers", auth(admin)...).JSON(t)["customers"].([]any)
		customerID := customers[0].(map[string]any)["customer_id"].(string)
		account := "/banks/gh.29.uk/accounts/ellie-current"
		for _, c := range []shapeCase{
			{path: "/banks", v6: []string{"banks.bank_id", "banks.bank_code"}, v6Not: []string{"banks.id", "banks.short_name"},
				v510: []string{"banks.id", "banks.short_name"}, v510Not: []string{"banks.bank_id"}},
			{path: "/banks/gh.29.uk", v6: []string{"bank_id", "bank_code"}, v6Not: []string{"id"}, v510: []string{"id"}, v510Not: []string{"bank_id"}},
			{path: "/banks/gh.29.uk/accounts", tok: ellie, v6: []string{"accounts.account_id", "accounts.views_available.id"},
				v6Not: []string{"accounts.id"}, v510: []string{"accounts.id"}, v510Not: []string{"accounts.account_id"}},
			{path: account + "/owner/account", tok: ellie,
				v6:    []string{"id", "account_routings", "views_available.view_id", "views_available.view_name", "views_available.allowed_actions"},
				v6Not: []string{"views_available.id", "views_available.can_see_bank_account_balance"},
				v510:  []string{"views_available.id", "views_available.can_see_bank_account_balance"}, v510Not: []string{"views_available.view_id"}},
			{path: "/my" + account + "/account", tok: ellie, v6: []string{"account_id", "views_basic"}, v6Not: []string{"id"},
				v510: []string{"id"}, v510Not: []string{"account_id"}},
			{path: account + "/owner/transactions", tok: ellie,
				v6: []string{"transactions.transaction_id", "transactions.this_account.account_id", "transactions.this_account.bank_id",
					"transactions.other_account.account_id", "transactions.other_account.bank_id", "transactions.other_account.metadata.public_alias"},
				v6Not: []string{"transactions.id", "transactions.this_account.id", "transactions.other_account.id"},
				v510:  []string{"transactions.id", "transactions.this_account.id"}, v510Not: []string{"transactions.transaction_id"}},
			{path: "/root", v6: []string{"version", "hosted_by.organisation"}, v6Not: []string{"stage"}, v510: []string{"stage"}},
			{path: "/api/versions", v6: []string{"scanned_api_versions.url_prefix", "scanned_api_versions.api_standard",
				"scanned_api_versions.api_short_version", "scanned_api_versions.fully_qualified_version", "scanned_api_versions.is_active"},
				v6Not: []string{"scanned_api_versions.urlPrefix"}, v510: []string{"scanned_api_versions.urlPrefix"}, v510Not: []string{"scanned_api_versions.url_prefix"}},
			{path: "/banks/gh.29.uk/customers", tok: admin, v6: []string{"customers.customer_type", "customers.parent_customer_id"},
				v510: []string{"customers.customer_id"}, v510Not: []string{"customers.customer_type"}},
			{path: "/banks/gh.29.uk/customers/" + customerID, tok: admin, v6: []string{"customer_type", "customer_attributes"},
				v510: []string{"customer_attributes"}, v510Not: []string{"customer_type"}},
		} {
			checkFields(t, s, "/obp/v6.0.0"+c.path, c.tok, c.v6, c.v6Not)
			checkFields(t, s, "/obp/v5.1.0"+c.path, c.tok, c.v510, c.v510Not)
		}
		v6 := s.Get(t, "/obp/v6.0.0/api/versions").JSON(t)["scanned_api_versions"].([]any)
		if e := v6[len(v6)-1].(map[string]any); e["fully_qualified_version"] != "OBPv6.0.0" || e["api_standard"] != "OBP" || e["is_active"] != true {
			t.Errorf("v6.0.0 entry = %v", e)
		}
		if got := s.Get(t, "/obp/v6.0.0").JSON(t); got["version"] != "v6.0.0" || got["stage"] != nil {
			t.Errorf("the bare v6.0.0 prefix answers %v", got)
		}
	})
}

// v6.0.0's Create Bank names the new bank bank_id, in the body and the answer; v5.1.0's says id.
func TestV600CreateBankTakesAndAnswersBankID(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		r := s.Do(t, http.MethodPost, "/obp/v6.0.0/banks", `{"bank_id": "v6.bank", "bank_code": "V6B", "full_name": "Six Bank"}`, auth(admin)...)
		if r.Status != 201 || r.JSON(t)["bank_id"] != "v6.bank" {
			t.Fatalf("v6.0.0 create bank: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v6.0.0/banks", `{"id": "v6.other", "bank_code": "V6O", "full_name": "Other"}`, auth(admin)...), 400, "OBP-09014")
		r = s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "v5.bank", "bank_code": "V5B", "full_name": "Five Bank"}`, auth(admin)...)
		if r.Status != 201 || r.JSON(t)["id"] != "v5.bank" {
			t.Fatalf("v5.1.0 create bank: %d %s", r.Status, r.Body)
		}
	})
}

// POST /obp/v6.0.0/my/logins/direct logs in as the unversioned DirectLogin does: both
// header forms, quoted values, and the same refusals.
func TestV600DirectLoginAnswersAsTheUnversionedOne(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		plain := fmt.Sprintf("username=ellie, password=%s, consumer_key=%s", sbx.UserPassword, testenv.ConsumerKey)
		quoted := "username=" + domainauth.QuoteDirectLogin("ellie") + ", password=" + domainauth.QuoteDirectLogin(sbx.UserPassword) +
			", consumer_key=" + domainauth.QuoteDirectLogin(testenv.ConsumerKey)
		for _, h := range [][2]string{
			{"DirectLogin", plain}, {"Authorization", "DirectLogin " + plain},
			{"DirectLogin", quoted}, {"Authorization", "DirectLogin " + quoted},
		} {
			r := s.Do(t, http.MethodPost, "/obp/v6.0.0/my/logins/direct", "", h[0], h[1])
			if r.Status != 201 {
				t.Errorf("%s: %s: %d %s", h[0], h[1], r.Status, r.Body)
				continue
			}
			body := r.JSON(t)
			tok, _ := body["token"].(string)
			if tok == "" || body["consumer_id"] == "" {
				t.Errorf("%s: %s: answer %s", h[0], h[1], r.Body)
				continue
			}
			if me := s.Get(t, "/obp/v6.0.0/users/current", auth(tok)...); me.Status != 200 || me.JSON(t)["username"] != "ellie" {
				t.Errorf("the v6.0.0 token does not serve: %d %s", me.Status, me.Body)
			}
		}
		wrong := strings.Replace(plain, sbx.UserPassword, "not-the-password-1", 1)
		for _, path := range []string{"/my/logins/direct", "/obp/v6.0.0/my/logins/direct"} {
			wantOBPError(t, s.Do(t, http.MethodPost, path, "", "DirectLogin", wrong), 401, "OBP-20004")
			wantOBPError(t, s.Do(t, http.MethodPost, path, ""), 400, "OBP-20082")
		}
		// not served before v6.0.0
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/my/logins/direct", "", "DirectLogin", plain), 404, "OBP-10404")
	})
}

// The account through a view under v6.0.0 goes through moderation: ellie's _family view,
// shared with omar, shows the balance and hides the routings, number and owners, in the
// account and in its transactions.
func TestV600AccountThroughAViewIsModerated(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		omar := sandboxToken(t, s, "omar")
		base := "/obp/v6.0.0/banks/gh.29.uk/accounts/ellie-current/_family"
		checkFields(t, s, base+"/account", omar, []string{"id", "bank_id", "balance"},
			[]string{"account_routings", "number", "owners"})
		checkFields(t, s, base+"/transactions", omar, []string{"transactions.transaction_id", "transactions.this_account.account_id"},
			[]string{"transactions.this_account.account_routings", "transactions.this_account.holders", "transactions.this_account.bank_routing"})
		ellie := sandboxToken(t, s, "ellie")
		checkFields(t, s, "/obp/v6.0.0/banks/gh.29.uk/accounts/ellie-current/owner/account", ellie,
			[]string{"account_routings", "number", "owners"}, nil)
	})
}

// checkFields reads path and asserts the fields that must and must not be there.
func checkFields(t *testing.T, s *testenv.Server, path, tok string, want, not []string) {
	t.Helper()
	var headers []string
	if tok != "" {
		headers = auth(tok)
	}
	r := s.Get(t, path, headers...)
	if r.Status != 200 {
		t.Errorf("%s: %d %s", path, r.Status, r.Body)
		return
	}
	body := r.JSON(t)
	for _, f := range want {
		if !hasPath(body, f) {
			t.Errorf("%s lacks %s: %s", path, f, r.Body)
		}
	}
	for _, f := range not {
		if hasPath(body, f) {
			t.Errorf("%s shows %s", path, f)
		}
	}
}
