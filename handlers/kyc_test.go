package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

const kycBank = "gh.29.uk"

// kycEndpoint is one KYC endpoint with a body that succeeds and the role it needs.
type kycEndpoint struct {
	name, verb, path, body, role, roleBank string
	status                                 int
}

func kycEndpoints(customerID, number string) []kycEndpoint {
	at := "/obp/v2.0.0/banks/" + kycBank + "/customers/" + customerID
	of := "/obp/v2.0.0/customers/" + customerID
	return []kycEndpoint{
		{"addKycDocument", http.MethodPut, at + "/kyc_documents/doc-1", kycDocumentBody(number, "P-1"), "CanAddKycDocument", kycBank, 201},
		{"addKycCheck", http.MethodPut, at + "/kyc_check/check-1", kycCheckBody(number, "first look"), "CanAddKycCheck", kycBank, 201},
		{"addKycMedia", http.MethodPut, at + "/kyc_media/media-1", kycMediaBody(number, "https://example.com/1.png"), "CanAddKycMedia", kycBank, 201},
		{"addKycStatus", http.MethodPut, at + "/kyc_statuses", kycStatusBody(number, true), "CanAddKycStatus", kycBank, 201},
		{"getKycDocuments", http.MethodGet, of + "/kyc_documents", "", "CanGetAnyKycDocuments", "", 200},
		{"getKycChecks", http.MethodGet, of + "/kyc_checks", "", "CanGetAnyKycChecks", "", 200},
		{"getKycMedia", http.MethodGet, of + "/kyc_media", "", "CanGetAnyKycMedia", "", 200},
		{"getKycStatuses", http.MethodGet, of + "/kyc_statuses", "", "CanGetAnyKycStatuses", "", 200},
	}
}

func kycDocumentBody(number, docNumber string) string {
	return fmt.Sprintf(`{"customer_number": %q, "type": "passport", "number": %q, "issue_date": "2020-01-27",
		"issue_place": "Berlin", "expiry_date": "2030-01-27T00:00:00Z"}`, number, docNumber)
}

func kycCheckBody(number, comments string) string {
	return fmt.Sprintf(`{"customer_number": %q, "date": "2024-03-01T10:00:00Z", "how": "PHONE_INTERVIEW",
		"staff_user_id": "staff-1", "staff_name": "Simon", "satisfied": true, "comments": %q}`, number, comments)
}

func kycMediaBody(number, url string) string {
	return fmt.Sprintf(`{"customer_number": %q, "type": "image", "url": %q, "date": "2024-03-01",
		"relates_to_kyc_document_id": "doc-1", "relates_to_kyc_check_id": ""}`, number, url)
}

func kycStatusBody(number string, ok bool) string {
	return fmt.Sprintf(`{"customer_number": %q, "ok": %v, "date": "2024-03-02T09:30:00Z"}`, number, ok)
}

func TestKycEndpointsNeedTheirRoles(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		cu := postCustomer(t, s, admin, kycBank, minimalCustomer("Kyc Roles"))
		clerk, stranger := newUser(t, s), newUser(t, s)
		for _, e := range kycEndpoints(cu["customer_id"].(string), cu["customer_number"].(string)) {
			t.Run(e.name, func(t *testing.T) {
				r := s.Do(t, e.verb, e.path, e.body, auth(stranger.Token)...)
				if !strings.Contains(messageOf(wantOBPError(t, r, 403, "OBP-20006")), e.role) {
					t.Errorf("the refusal does not name %s: %s", e.role, r.Body)
				}
				grant(t, s, admin, clerk.ID, e.roleBank, e.role)
				if r := s.Do(t, e.verb, e.path, e.body, auth(clerk.Token)...); r.Status != e.status {
					t.Errorf("with %s: status %d, want %d: %s", e.role, r.Status, e.status, r.Body)
				}
			})
		}
	})
}

// messageOf reads the message of an error body already decoded.
func messageOf(body map[string]any) string {
	m, _ := body["message"].(string)
	return m
}

// kycClerk is a user holding every KYC role and CanGetCustomer, and a fresh customer of kycBank.
type kycClerk struct {
	s                  *testenv.Server
	admin, tok         string
	customerID, number string
}

func newKycClerk(t *testing.T, s *testenv.Server, admin string) kycClerk {
	t.Helper()
	cu := postCustomer(t, s, admin, kycBank, minimalCustomer("Kyc Clerk's Customer"))
	clerk := newUser(t, s)
	for _, e := range kycEndpoints("-", "-") {
		grant(t, s, admin, clerk.ID, e.roleBank, e.role)
	}
	grant(t, s, admin, clerk.ID, kycBank, "CanGetCustomer") // to see the customer's kyc_status
	return kycClerk{s: s, admin: admin, tok: clerk.Token, customerID: cu["customer_id"].(string), number: cu["customer_number"].(string)}
}

func (k kycClerk) put(t *testing.T, what, body string) *testenv.Response {
	t.Helper()
	return k.s.Do(t, http.MethodPut, "/obp/v2.0.0/banks/"+kycBank+"/customers/"+k.customerID+"/"+what, body, auth(k.tok)...)
}

func (k kycClerk) list(t *testing.T, what, field string) []any {
	t.Helper()
	return listOf(t, k.s.Get(t, "/obp/v2.0.0/customers/"+k.customerID+"/"+what, auth(k.tok)...), field)
}

func TestKycPutReplacesTheRecordOfItsID(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		k := newKycClerk(t, s, adminToken(t, s))
		for _, c := range []struct {
			put, list, field, key string
			first, second         string
			want                  string
		}{
			{"kyc_documents/doc-7", "kyc_documents", "documents", "number", kycDocumentBody(k.number, "P-1"), kycDocumentBody(k.number, "P-2"), "P-2"},
			{"kyc_check/check-7", "kyc_checks", "checks", "comments", kycCheckBody(k.number, "first"), kycCheckBody(k.number, "second"), "second"},
			{"kyc_media/media-7", "kyc_media", "medias", "url", kycMediaBody(k.number, "https://example.com/a.png"), kycMediaBody(k.number, "https://example.com/b.png"), "https://example.com/b.png"},
		} {
			t.Run(c.list, func(t *testing.T) {
				for _, body := range []string{c.first, c.second} {
					if r := k.put(t, c.put, body); r.Status != 201 {
						t.Fatalf("PUT %s: status %d: %s", c.put, r.Status, r.Body)
					}
				}
				got := k.list(t, c.list, c.field)
				if len(got) != 1 {
					t.Fatalf("after two PUTs of one id, %s = %v; want one record", c.field, got)
				}
				rec := got[0].(map[string]any)
				wantID := c.put[strings.LastIndex(c.put, "/")+1:]
				if rec[c.key] != c.want || rec["id"] != wantID || rec["bank_id"] != kycBank || rec["customer_id"] != k.customerID || rec["customer_number"] != k.number {
					t.Errorf("%s = %v; want id %s with %s %q at %s for %s", c.field, rec, wantID, c.key, c.want, kycBank, k.customerID)
				}
			})
		}
		t.Run("the answer is OBP's KycDocumentJSON with the dates as OBP writes them", func(t *testing.T) {
			body := k.put(t, "kyc_documents/doc-8", kycDocumentBody(k.number, "P-8")).JSON(t)
			for field, want := range map[string]any{"id": "doc-8", "bank_id": kycBank, "customer_id": k.customerID,
				"customer_number": k.number, "type": "passport", "number": "P-8", "issue_place": "Berlin",
				"issue_date": "2020-01-27T00:00:00Z", "expiry_date": "2030-01-27T00:00:00Z"} {
				if body[field] != want {
					t.Errorf("%s = %v, want %v", field, body[field], want)
				}
			}
		})
	})
}

func TestKycStatusBecomesTheCustomersKycStatus(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		k := newKycClerk(t, s, adminToken(t, s))
		customer := func() map[string]any {
			r := s.Get(t, "/obp/v5.1.0/banks/"+kycBank+"/customers/"+k.customerID, auth(k.tok)...)
			if r.Status != 200 {
				t.Fatalf("GET customer: status %d: %s", r.Status, r.Body)
			}
			return r.JSON(t)
		}
		if got := customer()["kyc_status"]; got != false {
			t.Fatalf("a new customer's kyc_status = %v, want false", got)
		}
		r := k.put(t, "kyc_statuses", kycStatusBody(k.number, true))
		if r.Status != 201 {
			t.Fatalf("PUT kyc_statuses: status %d: %s", r.Status, r.Body)
		}
		want := map[string]any{"customer_id": k.customerID, "customer_number": k.number, "ok": true, "date": "2024-03-02T09:30:00Z"}
		for field, v := range want {
			if got := r.JSON(t)[field]; got != v {
				t.Errorf("answer %s = %v, want %v", field, got, v)
			}
		}
		if c := customer(); c["kyc_status"] != true || c["last_ok_date"] != "2024-03-02T09:30:00Z" {
			t.Errorf("after an OK status, the customer shows kyc_status %v, last_ok_date %v", c["kyc_status"], c["last_ok_date"])
		}
		k.put(t, "kyc_statuses", kycStatusBody(k.number, false))
		if got := customer()["kyc_status"]; got != false {
			t.Errorf("after a status not OK, the customer's kyc_status = %v, want false", got)
		}
		if got := k.list(t, "kyc_statuses", "statuses"); len(got) != 2 || got[0].(map[string]any)["ok"] != true || got[1].(map[string]any)["ok"] != false {
			t.Errorf("statuses = %v; want the OK one, then the other", got)
		}
	})
}

func TestKycBadInputIsRefusedAndWritesNothing(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		k := newKycClerk(t, s, admin)
		other := newKycClerk(t, s, admin)
		if r := other.put(t, "kyc_documents/theirs", kycDocumentBody(other.number, "T-1")); r.Status != 201 {
			t.Fatalf("PUT another customer's document: %d %s", r.Status, r.Body)
		}
		if r := k.put(t, "kyc_documents/mine", kycDocumentBody(k.number, "M-1")); r.Status != 201 {
			t.Fatalf("PUT document: %d %s", r.Status, r.Body)
		}
		// At the other bank too, so that its refusal is about the customer, not the role.
		grant(t, s, admin, userID(t, s, k.tok), otherCustomersBank, "CanAddKycDocument")
		before, docs := testenv.FingerprintOf(t, db), string(mustJSON(t, k.list(t, "kyc_documents", "documents")))

		at := "/obp/v2.0.0/banks/" + kycBank + "/customers/"
		elsewhere := "/obp/v2.0.0/banks/" + otherCustomersBank + "/customers/" + k.customerID + "/kyc_documents/mine"
		for _, c := range []struct {
			name, path, body string
			status           int
			code, field      string
		}{
			{"customer_number of another customer", at + k.customerID + "/kyc_documents/mine", kycDocumentBody(other.number, "M-2"), 400, "OBP-09014", "/customer_number"},
			{"status with another customer's number", at + k.customerID + "/kyc_statuses", kycStatusBody(other.number, true), 400, "OBP-09014", "/customer_number"},
			{"a date that is no date", at + k.customerID + "/kyc_documents/mine", strings.Replace(kycDocumentBody(k.number, "M-2"), `"2020-01-27"`, `"27/01/2020"`, 1), 400, "OBP-09014", "/issue_date"},
			{"a day that does not exist", at + k.customerID + "/kyc_check/c-1", strings.Replace(kycCheckBody(k.number, "x"), "2024-03-01T10:00:00Z", "2024-13-45T10:00:00Z", 1), 400, "OBP-10005", "/date"},
			{"a required field missing", at + k.customerID + "/kyc_check/c-1", strings.Replace(kycCheckBody(k.number, "x"), `"how": "PHONE_INTERVIEW",`, "", 1), 400, "OBP-09014", ""},
			{"an unknown customer", at + "no-such-customer/kyc_documents/mine", kycDocumentBody(k.number, "M-2"), 404, "OBP-30046", ""},
			{"a customer of another bank", elsewhere, kycDocumentBody(k.number, "M-2"), 404, "OBP-30046", ""},
			{"another customer's document id", at + k.customerID + "/kyc_documents/theirs", kycDocumentBody(k.number, "M-2"), 400, "OBP-30990", ""},
		} {
			t.Run(c.name, func(t *testing.T) {
				body := wantOBPError(t, s.Do(t, http.MethodPut, c.path, c.body, auth(k.tok)...), c.status, c.code)
				if c.field != "" && body["field"] != c.field {
					t.Errorf("field = %v, want %s", body["field"], c.field)
				}
			})
		}
		t.Run("lists of an unknown customer", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v2.0.0/customers/no-such-customer/kyc_documents", auth(k.tok)...), 404, "OBP-30046")
		})
		if diff := before.Diff(testenv.FingerprintOf(t, db)); diff != "" {
			t.Errorf("refused requests wrote: %s", diff)
		}
		if got := string(mustJSON(t, k.list(t, "kyc_documents", "documents"))); got != docs {
			t.Errorf("refused requests changed the documents: %s, was %s", got, docs)
		}
		if got := other.list(t, "kyc_documents", "documents"); len(got) != 1 || got[0].(map[string]any)["number"] != "T-1" {
			t.Errorf("the other customer's documents = %v; want its own T-1 untouched", got)
		}
	})
}
