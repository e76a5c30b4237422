package handlers_test

import (
	"fmt"
	"net/http"
	"regexp"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

const customersBank, otherCustomersBank = "gh.29.uk", "alpen.01.de"

const fullCustomerBody = `{
	"customer_number": "CN-1001", "legal_name": "Eveline Tripman", "mobile_phone_number": "+44 07972 444 876",
	"email": "eveline@example.com", "face_image": {"url": "https://static.example.com/eveline.png", "date": "2023-02-05T14:15:53Z"},
	"date_of_birth": "1990-01-23", "relationship_status": "single", "dependants": 2,
	"dob_of_dependants": ["2015-06-01", "2018-09-30T12:00:00Z"], "credit_rating": {"rating": "AA", "source": "Example Ratings"},
	"credit_limit": {"currency": "EUR", "amount": "1000.50"}, "highest_education_attained": "Master",
	"employment_status": "worker", "kyc_status": true, "last_ok_date": "2023-02-05T14:15:53Z",
	"title": "Dr.", "branch_id": "DERBY6", "name_suffix": "Sr"}`

// userID asks the server who a token belongs to.
func userID(t *testing.T, s *testenv.Server, tok string) string {
	t.Helper()
	return s.Get(t, "/obp/v5.1.0/users/current/user_id", auth(tok)...).JSON(t)["user_id"].(string)
}

// postCustomer creates a customer and fails the test unless it is created.
func postCustomer(t *testing.T, s *testenv.Server, tok, bankID, body string) map[string]any {
	t.Helper()
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+bankID+"/customers", body, auth(tok)...)
	if r.Status != 201 {
		t.Fatalf("create customer: status %d: %s", r.Status, r.Body)
	}
	return r.JSON(t)
}

func minimalCustomer(name string) string {
	return fmt.Sprintf(`{"legal_name": %q, "mobile_phone_number": "+49 30 901820"}`, name)
}

// listOf reads a list field of a 200 answer.
func listOf(t *testing.T, r *testenv.Response, field string) []any {
	t.Helper()
	if r.Status != 200 {
		t.Fatalf("status %d, want 200: %s", r.Status, r.Body)
	}
	list, ok := r.JSON(t)[field].([]any)
	if !ok {
		t.Fatalf("no list %q in %s", field, r.Body)
	}
	return list
}

func customerIDs(list []any) map[string]bool {
	out := map[string]bool{}
	for _, c := range list {
		out[c.(map[string]any)["customer_id"].(string)] = true
	}
	return out
}

func TestCustomers(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		clerk := newUser(t, s)
		for _, r := range []string{"CanCreateCustomer", "CanGetCustomers", "CanGetCustomer"} {
			grant(t, s, admin, clerk.ID, customersBank, r)
		}
		base := "/obp/v5.1.0/banks/" + customersBank + "/customers"
		list := func() []any { return listOf(t, s.Get(t, base+"?limit=1000", auth(clerk.Token)...), "customers") }
		before := len(list()) // the sandbox administrator's customer

		full := postCustomer(t, s, clerk.Token, customersBank, fullCustomerBody)
		t.Run("create answers CustomerJsonV310 with the values given", func(t *testing.T) {
			for field, want := range map[string]any{
				"bank_id": customersBank, "customer_number": "CN-1001", "legal_name": "Eveline Tripman",
				"mobile_phone_number": "+44 07972 444 876", "email": "eveline@example.com",
				"date_of_birth": "1990-01-23T00:00:00Z", "relationship_status": "single", "dependants": float64(2),
				"highest_education_attained": "Master", "employment_status": "worker", "kyc_status": true,
				"last_ok_date": "2023-02-05T14:15:53Z", "title": "Dr.", "branch_id": "DERBY6", "name_suffix": "Sr",
			} {
				if full[field] != want {
					t.Errorf("%s = %v, want %v", field, full[field], want)
				}
			}
			if id, _ := full["customer_id"].(string); id == "" {
				t.Error("no customer_id")
			}
			if l := full["credit_limit"].(map[string]any); l["currency"] != "EUR" || l["amount"] != "1000.50" {
				t.Errorf("credit_limit = %v: the amount must be kept exactly as given", l)
			}
			if r := full["credit_rating"].(map[string]any); r["rating"] != "AA" || r["source"] != "Example Ratings" {
				t.Errorf("credit_rating = %v", r)
			}
			if f := full["face_image"].(map[string]any); f["url"] != "https://static.example.com/eveline.png" || f["date"] != "2023-02-05T14:15:53Z" {
				t.Errorf("face_image = %v", f)
			}
			if d := full["dob_of_dependants"].([]any); len(d) != 2 || d[0] != "2015-06-01" || d[1] != "2018-09-30" {
				t.Errorf("dob_of_dependants = %v", d)
			}
		})
		minimal := postCustomer(t, s, clerk.Token, customersBank, minimalCustomer("Felix Smith"))
		t.Run("without a number the bank chooses one", func(t *testing.T) {
			if n, _ := minimal["customer_number"].(string); !regexp.MustCompile(`^[0-9]{10}$`).MatchString(n) {
				t.Errorf("customer_number = %q, want ten digits", n)
			}
			if minimal["kyc_status"] != false || minimal["date_of_birth"] != nil || len(minimal["dob_of_dependants"].([]any)) != 0 {
				t.Errorf("defaults: %v", minimal)
			}
		})
		t.Run("list and page", func(t *testing.T) {
			all := list()
			ids := customerIDs(all)
			if len(all) != before+2 || !ids[full["customer_id"].(string)] || !ids[minimal["customer_id"].(string)] {
				t.Errorf("customers = %v", all)
			}
			one := listOf(t, s.Get(t, base+"?limit=1&offset=1", auth(clerk.Token)...), "customers")
			if len(one) != 1 || one[0].(map[string]any)["customer_id"] != all[1].(map[string]any)["customer_id"] {
				t.Errorf("page limit=1 offset=1 = %v", one)
			}
			wantOBPError(t, s.Get(t, base+"?limit=0", auth(clerk.Token)...), 400, "OBP-10025")
		})
		t.Run("get one, with its attributes", func(t *testing.T) {
			r := s.Get(t, base+"/"+full["customer_id"].(string), auth(clerk.Token)...)
			if r.Status != 200 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
			got := r.JSON(t)
			if got["customer_number"] != "CN-1001" || got["customer_attributes"] == nil || len(got["customer_attributes"].([]any)) != 0 {
				t.Errorf("customer = %v", got)
			}
		})
		t.Run("a duplicate number is OBP-30006 and writes nothing", func(t *testing.T) {
			n := len(list())
			wantOBPError(t, s.Do(t, http.MethodPost, base, fullCustomerBody, auth(clerk.Token)...), 400, "OBP-30006")
			if got := len(list()); got != n {
				t.Errorf("%d customers after a refused duplicate, want %d", got, n)
			}
			// The same number at another bank is another customer.
			postCustomer(t, s, admin, otherCustomersBank, fullCustomerBody)
		})
		t.Run("invalid values are refused and write nothing", func(t *testing.T) {
			n := len(list())
			for _, tc := range []struct {
				body, code, field string
				status            int
			}{
				{`{"legal_name": "X", "mobile_phone_number": "1", "credit_limit": {"currency": "EUR", "amount": "1.234"}}`, "OBP-09014", "/credit_limit/amount", 400},
				{`{"legal_name": "X", "mobile_phone_number": "1", "credit_limit": {"currency": "EUR", "amount": "-5"}}`, "OBP-09014", "/credit_limit/amount", 400},
				{`{"legal_name": "X", "mobile_phone_number": "1", "credit_limit": {"currency": "eur", "amount": "5"}}`, "OBP-09014", "/credit_limit/currency", 400},
				{`{"legal_name": "X", "mobile_phone_number": "1", "date_of_birth": "23/01/1990"}`, "OBP-09014", "/date_of_birth", 400},
				{`{"legal_name": "X", "mobile_phone_number": "1", "date_of_birth": "1990-13-01"}`, "OBP-10005", "/date_of_birth", 400},
				{`{"legal_name": "X", "mobile_phone_number": "1", "dob_of_dependants": ["2001-02-30"]}`, "OBP-10005", "/dob_of_dependants/0", 400},
				{`{"mobile_phone_number": "1"}`, "OBP-09014", "", 400},
			} {
				body := wantOBPError(t, s.Do(t, http.MethodPost, base, tc.body, auth(clerk.Token)...), tc.status, tc.code)
				if tc.field != "" && body["field"] != tc.field {
					t.Errorf("%s: field = %v, want %s", tc.body, body["field"], tc.field)
				}
			}
			if got := len(list()); got != n {
				t.Errorf("%d customers after refused requests, want %d", got, n)
			}
		})
		t.Run("an unknown customer is OBP-30046, and so is another bank's", func(t *testing.T) {
			wantOBPError(t, s.Get(t, base+"/no-such-customer", auth(clerk.Token)...), 404, "OBP-30046")
			other := postCustomer(t, s, admin, otherCustomersBank, minimalCustomer("Other Bank Customer"))
			wantOBPError(t, s.Get(t, base+"/"+other["customer_id"].(string), auth(clerk.Token)...), 404, "OBP-30046")
		})
		t.Run("an unknown bank is OBP-30001", func(t *testing.T) {
			// The administrator holds the AtAnyBank roles, so the guard lets the call reach the bank check.
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/no.such.bank/customers", minimalCustomer("X"), auth(admin)...), 404, "OBP-30001")
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/no.such.bank/customers", auth(admin)...), 404, "OBP-30001")
		})
		t.Run("roles are checked at the path's bank", func(t *testing.T) {
			nobody := newUser(t, s)
			wantOBPError(t, s.Do(t, http.MethodPost, base, minimalCustomer("X"), auth(nobody.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Get(t, base, auth(nobody.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+otherCustomersBank+"/customers", minimalCustomer("X"), auth(clerk.Token)...), 403, "OBP-20006")
			if r := s.Get(t, base); r.Status != 401 {
				t.Errorf("anonymous list: %d", r.Status)
			}
		})
	})
}

func TestUserCustomerLinks(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		staff := newUser(t, s)
		for _, r := range []string{"CanCreateCustomer", "CanCreateUserCustomerLink", "CanGetUserCustomerLink", "CanDeleteUserCustomerLink"} {
			grant(t, s, admin, staff.ID, customersBank, r)
		}
		links := "/obp/v5.1.0/banks/" + customersBank + "/user_customer_links"
		c1 := postCustomer(t, s, staff.Token, customersBank, minimalCustomer("First Customer"))["customer_id"].(string)
		c2 := postCustomer(t, s, staff.Token, customersBank, minimalCustomer("Second Customer"))["customer_id"].(string)
		u := newUser(t, s)
		link := func(userID, customerID string) *testenv.Response {
			return s.Do(t, http.MethodPost, links, fmt.Sprintf(`{"user_id": %q, "customer_id": %q}`, userID, customerID), auth(staff.Token)...)
		}
		linksOfUser := func(userID string) []any {
			return listOf(t, s.Get(t, links+"/users/"+userID, auth(staff.Token)...), "user_customer_links")
		}
		mine := func(tok, path string) map[string]bool {
			return customerIDs(listOf(t, s.Get(t, "/obp/v5.1.0"+path, auth(tok)...), "customers"))
		}

		r := link(u.ID, c1)
		if r.Status != 201 {
			t.Fatalf("link: status %d: %s", r.Status, r.Body)
		}
		l := r.JSON(t)
		linkID, _ := l["user_customer_link_id"].(string)
		if linkID == "" || l["user_id"] != u.ID || l["customer_id"] != c1 || l["is_active"] != true || l["date_inserted"] == "" {
			t.Fatalf("link = %v", l)
		}

		t.Run("a second customer at the same bank is OBP-30007 and writes nothing", func(t *testing.T) {
			wantOBPError(t, link(u.ID, c2), 400, "OBP-30007")
			wantOBPError(t, link(u.ID, c1), 400, "OBP-30007")
			if got := linksOfUser(u.ID); len(got) != 1 {
				t.Errorf("links of the user = %v", got)
			}
		})
		t.Run("unknown user and customer", func(t *testing.T) {
			wantOBPError(t, link("no-such-user", c2), 404, "OBP-20005")
			wantOBPError(t, link(u.ID, "no-such-customer"), 404, "OBP-30046")
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/no.such.bank/user_customer_links",
				fmt.Sprintf(`{"user_id": %q, "customer_id": %q}`, u.ID, c2), auth(admin)...), 404, "OBP-30001")
		})
		t.Run("list by user and by customer", func(t *testing.T) {
			if got := linksOfUser(u.ID); len(got) != 1 || got[0].(map[string]any)["user_customer_link_id"] != linkID {
				t.Errorf("links of the user = %v", got)
			}
			byCustomer := listOf(t, s.Get(t, links+"/customers/"+c1, auth(staff.Token)...), "user_customer_links")
			if len(byCustomer) != 1 || byCustomer[0].(map[string]any)["user_id"] != u.ID {
				t.Errorf("links of the customer = %v", byCustomer)
			}
			if got := listOf(t, s.Get(t, links+"/customers/"+c2, auth(staff.Token)...), "user_customer_links"); len(got) != 0 {
				t.Errorf("links of an unlinked customer = %v", got)
			}
			// At another bank the user has no links, and the bank role does not reach there.
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/"+otherCustomersBank+"/user_customer_links/users/"+u.ID, auth(staff.Token)...), 403, "OBP-20006")
			other := listOf(t, s.Get(t, "/obp/v5.1.0/banks/"+otherCustomersBank+"/user_customer_links/users/"+u.ID, auth(admin)...), "user_customer_links")
			if len(other) != 0 {
				t.Errorf("links at another bank = %v", other)
			}
		})
		t.Run("the caller sees only the customers linked to them", func(t *testing.T) {
			for _, path := range []string{"/users/current/customers", "/my/customers"} {
				if got := mine(u.Token, path); len(got) != 1 || !got[c1] {
					t.Errorf("%s of the linked user = %v", path, got)
				}
				if got := mine(staff.Token, path); len(got) != 0 {
					t.Errorf("%s of an unlinked user = %v", path, got)
				}
				if got := mine(admin, path); len(got) != 3 || got[c1] || got[c2] {
					t.Errorf("%s of the administrator = %v, want the 3 sandbox customers", path, got)
				}
			}
			withAttrs := listOf(t, s.Get(t, "/obp/v5.1.0/users/current/customers", auth(u.Token)...), "customers")
			if _, ok := withAttrs[0].(map[string]any)["customer_attributes"].([]any); !ok {
				t.Errorf("users/current/customers lacks customer_attributes: %v", withAttrs[0])
			}
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/my/customers"), 401, "OBP-20001")
		})
		t.Run("delete", func(t *testing.T) {
			// A link is deleted only at its customer's bank.
			wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v5.1.0/banks/"+otherCustomersBank+"/user_customer_links/"+linkID, "", auth(admin)...), 404, "OBP-30035")
			if r := s.Do(t, http.MethodDelete, links+"/"+linkID, "", auth(staff.Token)...); r.Status != 204 || len(r.Body) != 0 {
				t.Fatalf("delete: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Do(t, http.MethodDelete, links+"/"+linkID, "", auth(staff.Token)...), 404, "OBP-30035")
			if got := linksOfUser(u.ID); len(got) != 0 {
				t.Errorf("links after delete = %v", got)
			}
			if got := mine(u.Token, "/my/customers"); len(got) != 0 {
				t.Errorf("my customers after delete = %v", got)
			}
			// Unlinked, the user may be linked to another customer of the bank.
			if r := link(u.ID, c2); r.Status != 201 {
				t.Errorf("relink: %d %s", r.Status, r.Body)
			}
		})
	})
}

func TestCustomerAttributes(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		adminID := userID(t, s, admin)
		for _, r := range []string{"CanCreateCustomerAttributeAtOneBank", "CanGetCustomerAttributesAtOneBank", "CanGetCustomer"} {
			grant(t, s, admin, adminID, customersBank, r)
		}
		c := postCustomer(t, s, admin, customersBank, minimalCustomer("Attributed Customer"))["customer_id"].(string)
		base := "/obp/v5.1.0/banks/" + customersBank + "/customers/" + c
		attrs := func() []any { return listOf(t, s.Get(t, base+"/attributes", auth(admin)...), "customer_attributes") }

		r := s.Do(t, http.MethodPost, base+"/attribute", `{"name": "SPECIAL_TAX_NUMBER", "type": "STRING", "value": "123456789"}`, auth(admin)...)
		if r.Status != 201 {
			t.Fatalf("create attribute: %d %s", r.Status, r.Body)
		}
		a := r.JSON(t)
		if a["customer_attribute_id"] == "" || a["name"] != "SPECIAL_TAX_NUMBER" || a["type"] != "STRING" || a["value"] != "123456789" {
			t.Fatalf("attribute = %v", a)
		}
		if r := s.Do(t, http.MethodPost, base+"/attribute", `{"name": "SCORE", "type": "INTEGER", "value": "42"}`, auth(admin)...); r.Status != 201 {
			t.Fatalf("integer attribute: %d %s", r.Status, r.Body)
		}

		t.Run("list, and shown with the customer", func(t *testing.T) {
			list := attrs()
			if len(list) != 2 || list[0].(map[string]any)["customer_attribute_id"] != a["customer_attribute_id"] {
				t.Errorf("attributes = %v", list)
			}
			got := s.Get(t, base, auth(admin)...).JSON(t)["customer_attributes"].([]any)
			if len(got) != 2 {
				t.Errorf("customer_attributes of the customer = %v", got)
			}
		})
		t.Run("a value that does not fit its type is refused and writes nothing", func(t *testing.T) {
			for _, tc := range []struct{ body, code string }{
				{`{"name": "SCORE", "type": "INTEGER", "value": "forty-two"}`, "OBP-10002"},
				{`{"name": "SINCE", "type": "DATE_WITH_DAY", "value": "2024-02-31"}`, "OBP-10005"},
				{`{"name": "X", "type": "BLOB", "value": "x"}`, "OBP-09014"},
				{`{"name": "X", "type": "STRING"}`, "OBP-09014"},
			} {
				wantOBPError(t, s.Do(t, http.MethodPost, base+"/attribute", tc.body, auth(admin)...), 400, tc.code)
			}
			if got := attrs(); len(got) != 2 {
				t.Errorf("attributes after refused requests = %v", got)
			}
		})
		t.Run("linked users see the attributes", func(t *testing.T) {
			u := newUser(t, s)
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+customersBank+"/user_customer_links",
				fmt.Sprintf(`{"user_id": %q, "customer_id": %q}`, u.ID, c), auth(admin)...)
			if r.Status != 201 {
				t.Fatalf("link: %d %s", r.Status, r.Body)
			}
			cs := listOf(t, s.Get(t, "/obp/v5.1.0/users/current/customers", auth(u.Token)...), "customers")
			if len(cs) != 1 || len(cs[0].(map[string]any)["customer_attributes"].([]any)) != 2 {
				t.Errorf("users/current/customers = %v", cs)
			}
		})
		t.Run("unknown and foreign customers are OBP-30046", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/"+customersBank+"/customers/no-such-customer/attributes", auth(admin)...), 404, "OBP-30046")
			other := postCustomer(t, s, admin, otherCustomersBank, minimalCustomer("Foreign"))["customer_id"].(string)
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+customersBank+"/customers/"+other+"/attribute",
				`{"name": "X", "type": "STRING", "value": "x"}`, auth(admin)...), 404, "OBP-30046")
		})
		t.Run("roles", func(t *testing.T) {
			u := newUser(t, s)
			wantOBPError(t, s.Get(t, base+"/attributes", auth(u.Token)...), 403, "OBP-20006")
			wantOBPError(t, s.Do(t, http.MethodPost, base+"/attribute", `{"name": "X", "type": "STRING", "value": "x"}`, auth(u.Token)...), 403, "OBP-20006")
		})
	})
}
