package handlers_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// Regressions the check against OBP's spec found (see TestMain): OBP's schemas allow no
// null, so a value the server does not have is left out, never answered as null.

// nullsIn lists the JSON pointers of every null in an answer's body.
func nullsIn(t *testing.T, r *testenv.Response) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal(r.Body, &v); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, r.Body)
	}
	var out []string
	var walk func(pointer string, v any)
	walk = func(pointer string, v any) {
		switch v := v.(type) {
		case nil:
			out = append(out, pointer)
		case map[string]any:
			for k, x := range v {
				walk(pointer+"/"+k, x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s/%d", pointer, i), x)
			}
		}
	}
	walk("", v)
	sort.Strings(out)
	return out
}

// wantNoNulls fails when an answer is not ok or holds a null.
func wantNoNulls(t *testing.T, what string, r *testenv.Response, status int) {
	t.Helper()
	if r.Status != status {
		t.Fatalf("%s: status %d, want %d: %s", what, r.Status, status, r.Body)
	}
	if nulls := nullsIn(t, r); len(nulls) > 0 {
		t.Errorf("%s answers null at %v: %s", what, nulls, r.Body)
	}
}

// A customer created without dates answered date_of_birth, last_ok_date and
// face_image.date as null; OBP's CustomerJsonV310 types them strings.
func TestCustomerWithoutDatesAnswersNoNullDates(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		clerk := newUser(t, s)
		for _, r := range []string{"CanCreateCustomer", "CanGetCustomers", "CanGetCustomer"} {
			grant(t, s, admin, clerk.ID, customersBank, r)
		}
		base := "/obp/v5.1.0/banks/" + customersBank + "/customers"
		created := s.Do(t, http.MethodPost, base, minimalCustomer("Dateless Customer"), auth(clerk.Token)...)
		wantNoNulls(t, "create", created, 201)
		id, _ := created.JSON(t)["customer_id"].(string)
		wantNoNulls(t, "get", s.Get(t, base+"/"+id, auth(clerk.Token)...), 200)
		wantNoNulls(t, "list", s.Get(t, base, auth(clerk.Token)...), 200)
	})
}

// Every user answered last_marketing_agreement_signed_date as null; OBP's UserJsonV400
// types it a string and leaves it out when there is none.
func TestUserWithoutMarketingAgreementAnswersNoNullDate(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		wantNoNulls(t, "user by id", s.Get(t, "/obp/v5.1.0/users/user_id/"+u.ID, auth(admin)...), 200)
		wantNoNulls(t, "users", s.Get(t, "/obp/v5.1.0/users", auth(admin)...), 200)
	})
}

// The lock status of a user who never failed to log in answered last_failure_date as
// null; OBP's BadLoginStatusJson types it a string.
func TestLockStatusWithoutFailuresAnswersNoNullDate(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		path := "/obp/v5.1.0/users/" + url.PathEscape("http://127.0.0.1") + "/" + u.Username + "/lock-status"
		wantNoNulls(t, "lock status", s.Get(t, path, auth(admin)...), 200)
	})
}

// A counterparty answered its metadata's corporate_location and physical_location as
// null; OBP's CounterpartyMetadataJson types them objects.
func TestCounterpartyWithoutLocationsAnswersNoNullLocations(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		owner := newUser(t, s)
		openAccount(t, s, owner.Token, cpBank, "cp-null", "EUR")
		base, _ := cpPaths("cp-null", "owner")
		created := s.Do(t, http.MethodPost, base, cpBody("Landlord"), auth(owner.Token)...)
		wantNoNulls(t, "create", created, 201)
		id, _ := created.JSON(t)["counterparty_id"].(string)
		wantNoNulls(t, "get", s.Get(t, base+"/"+id, auth(owner.Token)...), 200)
	})
}

// Every transaction answered metadata.where as null; OBP's TransactionMetadataJSON types
// it an object.
func TestTransactionWithoutWhereTagAnswersNoNullWhere(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		ellie := sandboxToken(t, s, "ellie")
		r := s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current/owner/transactions", auth(ellie)...)
		wantNoNulls(t, "transactions", r, 200)
		if len(listOf(t, r, "transactions")) == 0 {
			t.Fatal("no transactions to look at")
		}
	})
}

// The double entry of a transaction no request made (a historical one) answered
// transaction_request as null; OBP's DoubleEntryTransactionJson types it an object.
func TestDoubleEntryWithoutRequestAnswersNoNullRequest(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		ellie := sandboxToken(t, s, "ellie")
		grant(t, s, admin, userID(t, s, ellie), "gh.29.uk", "CanGetDoubleEntryTransactionAtOneBank")
		base := "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current/owner/transactions"
		txs := listOf(t, s.Get(t, base, auth(ellie)...), "transactions")
		if len(txs) == 0 {
			t.Fatal("no sandbox transactions to look at")
		}
		id, _ := txs[0].(map[string]any)["id"].(string)
		wantNoNulls(t, "double entry", s.Get(t, base+"/"+id+"/double-entry-transaction", auth(ellie)...), 200)
	})
}
