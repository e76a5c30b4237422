package rest

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/obperr"
)

// keysOf encodes v and returns the sorted keys of the JSON object at path (dotted).
func keysOf(t *testing.T, v any, path string) []string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if path != "" {
		for _, p := range strings.Split(path, ".") {
			m, _ = m[p].(map[string]any)
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func wantKeys(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s has fields %v; want OBP's %v", what, got, want)
	}
}

func fullCustomer() customer.Customer {
	day := func(y int, m time.Month, d int) *time.Time { t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); return &t }
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	return customer.Customer{BankID: "gh.29.uk", ID: "cust-1", Number: "5987953", LegalName: "Eve", MobilePhoneNumber: "+44 1",
		Email: "eve@example.com", FaceImage: customer.FaceImage{URL: "https://example.com/eve.png", Date: day(2020, 1, 2)},
		DateOfBirth: day(1990, 1, 23), RelationshipStatus: "married", Dependants: 2,
		DobOfDependants: []time.Time{*day(2015, 3, 1), *day(2018, 7, 9)},
		CreditRating:    customer.CreditRating{Rating: "A", Source: "Agency"}, CreditLimit: customer.CreditLimit{Currency: "EUR", Amount: "1000.50"},
		HighestEducationAttained: "Master", EmploymentStatus: "employed", KycStatus: true, LastOKDate: day(2024, 1, 1),
		Title: "Dr", BranchID: "branch-1", NameSuffix: "Jr", CreatedAt: at}
}

func TestCreateCustomerC2CarriesOBPsParameterNames(t *testing.T) {
	out := newOutBoundCreateCustomerC2(OutboundAdapterCallContext{CorrelationID: "c-1"}, fullCustomer())
	wantKeys(t, "OutBoundCreateCustomerC2", keysOf(t, out, ""), "outboundAdapterCallContext", "bankId", "legalName",
		"customerNumber", "mobileNumber", "email", "faceImage", "dateOfBirth", "relationshipStatus", "dependents",
		"dobOfDependents", "highestEducationAttained", "employmentStatus", "kycStatus", "lastOkDate", "creditRating",
		"creditLimit", "title", "branchId", "nameSuffix", "customerId", "createdAt")
	wantKeys(t, "bankId", keysOf(t, out, "bankId"), "value")
	wantKeys(t, "faceImage", keysOf(t, out, "faceImage"), "date", "url")
	wantKeys(t, "creditRating", keysOf(t, out, "creditRating"), "rating", "source")
	wantKeys(t, "creditLimit", keysOf(t, out, "creditLimit"), "currency", "amount")

	// OBP's Options stay out when not given; the dates it has no Option for are null.
	bare := newOutBoundCreateCustomerC2(OutboundAdapterCallContext{}, customer.Customer{BankID: "b", Number: "1", LegalName: "L"})
	b, _ := json.Marshal(bare)
	for _, frag := range []string{`"dateOfBirth":null`, `"lastOkDate":null`, `"dobOfDependents":[]`} {
		if !strings.Contains(string(b), frag) {
			t.Errorf("a customer without dates encodes as %s; want %s in it", b, frag)
		}
	}
	for _, absent := range []string{"creditRating", "creditLimit", "customerId", "createdAt"} {
		if strings.Contains(string(b), `"`+absent+`"`) {
			t.Errorf("a customer without %s encodes as %s; want it left out", absent, b)
		}
	}
}

func TestCustomerCommonsHasOBPsFieldNames(t *testing.T) {
	wantKeys(t, "CustomerCommons", keysOf(t, NewCustomerCommons(fullCustomer()), ""), "customerId", "bankId", "number",
		"legalName", "mobileNumber", "email", "faceImage", "dateOfBirth", "relationshipStatus", "dependents",
		"dobOfDependents", "highestEducationAttained", "employmentStatus", "creditRating", "creditLimit", "kycStatus",
		"lastOkDate", "title", "branchId", "nameSuffix", "createdAt")
}

func TestCustomerSurvivesTheWire(t *testing.T) {
	for name, c := range map[string]customer.Customer{
		"every field": fullCustomer(),
		"no dates":    {BankID: "b", ID: "c", Number: "1", LegalName: "Minimal", DobOfDependants: []time.Time{}},
	} {
		b, err := json.Marshal(NewCustomerCommons(c))
		if err != nil {
			t.Fatal(err)
		}
		var back CustomerCommons
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if got := back.Customer(); !reflect.DeepEqual(got, c) {
			t.Errorf("%s: %+v came back as %+v", name, c, got)
		}
		stored := newOutBoundCreateCustomerC2(OutboundAdapterCallContext{}, c)
		b, _ = json.Marshal(stored)
		var out OutBoundCreateCustomerC2
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatal(err)
		}
		if got := out.customer(); c.ID != "" && !c.CreatedAt.IsZero() && !reflect.DeepEqual(got, c) {
			t.Errorf("%s: createCustomerC2 of %+v stores %+v", name, c, got)
		}
	}
}

// An OBP sender's createCustomerC2 has no customerId or createdAt: the adapter side gives both.
func TestCreateCustomerC2FromAnOBPSenderGetsAnIDAndATime(t *testing.T) {
	got := OutBoundCreateCustomerC2{BankID: ID{"b"}, CustomerNumber: "1", LegalName: "L"}.customer()
	if got.ID == "" || got.CreatedAt.IsZero() || got.Number != "1" {
		t.Errorf("createCustomerC2 without our fields stores %+v; want a new id, a creation time and number 1", got)
	}
}

// An OBP adapter chooses the customer's id and knows no createdAt: its id is kept, and our
// creation time.
func TestCreateCustomerAcceptsTheOBPAdaptersID(t *testing.T) {
	want := fullCustomer()
	_, client := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		var out OutBoundCreateCustomerC2
		body, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(body, &out); err != nil || !strings.HasSuffix(r.URL.Path, "/createCustomerC2") {
			t.Errorf("POST %s %s: %v", r.URL.Path, body, err)
		}
		c := NewCustomerCommons(out.customer())
		c.CustomerID, c.CreatedAt = "adapter-7", nil
		reply(w, ok, c)
	})
	got, err := NewConnector(client).CreateCustomer(callCtx(), want)
	want.ID = "adapter-7"
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("CreateCustomer = %+v, %v; want %+v", got, err, want)
	}
}

func TestCreateCustomerRefusalsAndInvalidAnswers(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status Status
		data   func(CustomerCommons) any
		want   *obperr.Code
	}{
		{"number taken", Status{ErrorCode: "OBP-30006: Customer Number already exists."}, func(CustomerCommons) any { return nil },
			obperr.CustomerNumberAlreadyExists},
		{"another number", ok, func(c CustomerCommons) any { c.Number = "other"; return c }, obperr.InvalidConnectorResponse},
		{"no id", ok, func(c CustomerCommons) any { c.CustomerID = ""; return c }, obperr.InvalidConnectorResponse},
	} {
		_, client := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
			reply(w, tc.status, tc.data(NewCustomerCommons(fullCustomer())))
		})
		if _, err := NewConnector(client).CreateCustomer(callCtx(), fullCustomer()); !errors.Is(err, tc.want) {
			t.Errorf("%s: CreateCustomer returned %v; want %s", tc.name, err, tc.want.ID)
		}
	}
}

// OBP sends, and its adapters answer, whole customer records in
// getCustomerAttributesForCustomers; only customerId is read.
func TestCustomerAttributesForCustomersReadsOBPsAnswer(t *testing.T) {
	_, client := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		body, _ := io.ReadAll(r.Body)
		if !strings.Contains(string(body), `"customers":[{"customerId":"cust-1"}]`) {
			t.Errorf("getCustomerAttributesForCustomers sent %s", body)
		}
		attr := NewCustomerAttributeCommons("gh.29.uk", "cust-1", customer.Attribute{ID: "a-1", Name: "TAX", Type: customer.AttributeString, Value: "9"})
		reply(w, ok, []any{map[string]any{"customer": NewCustomerCommons(fullCustomer()), "attributes": []any{attr}}})
	})
	got, err := NewConnector(client).GetCustomerAttributesForCustomers(callCtx(), []string{"cust-1"})
	want := map[string][]customer.Attribute{"cust-1": {{ID: "a-1", Name: "TAX", Type: customer.AttributeString, Value: "9"}}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("GetCustomerAttributesForCustomers = %v, %v; want %v", got, err, want)
	}
}

func TestCustomerAttributeMessagesHaveOBPsFieldNames(t *testing.T) {
	out := OutBoundCreateOrUpdateCustomerAttribute{BankID: ID{"b"}, CustomerID: ID{"c"}, CustomerAttributeID: "a", Name: "n",
		AttributeType: customer.AttributeInteger, Value: "1"}
	wantKeys(t, "OutBoundCreateOrUpdateCustomerAttribute", keysOf(t, out, ""), "outboundAdapterCallContext", "bankId",
		"customerId", "customerAttributeId", "name", "attributeType", "value")
	wantKeys(t, "its customerId", keysOf(t, out, "customerId"), "value")
	wantKeys(t, "CustomerAttributeCommons", keysOf(t, NewCustomerAttributeCommons("b", "c", customer.Attribute{ID: "a"}), ""),
		"bankId", "customerId", "customerAttributeId", "attributeType", "name", "value")
}

func TestKycMessagesHaveOBPsFieldNames(t *testing.T) {
	wantKeys(t, "OutBoundCreateOrUpdateKycCheck", keysOf(t, OutBoundCreateOrUpdateKycCheck{}, ""), "outboundAdapterCallContext",
		"bankId", "customerId", "id", "customerNumber", "date", "how", "staffUserId", "mStaffName", "mSatisfied", "comments")
	wantKeys(t, "KycCheckCommons", keysOf(t, KycCheckCommons{}, ""), "bankId", "customerId", "idKycCheck", "customerNumber",
		"date", "how", "staffUserId", "staffName", "satisfied", "comments")
	wantKeys(t, "OutBoundCreateOrUpdateKycDocument", keysOf(t, OutBoundCreateOrUpdateKycDocument{}, ""),
		"outboundAdapterCallContext", "bankId", "customerId", "id", "customerNumber", "type", "number", "issueDate",
		"issuePlace", "expiryDate")
	wantKeys(t, "KycDocumentCommons", keysOf(t, KycDocumentCommons{}, ""), "bankId", "customerId", "idKycDocument",
		"customerNumber", "type", "number", "issueDate", "issuePlace", "expiryDate")
	wantKeys(t, "OutBoundCreateOrUpdateKycMedia", keysOf(t, OutBoundCreateOrUpdateKycMedia{}, ""), "outboundAdapterCallContext",
		"bankId", "customerId", "id", "customerNumber", "type", "url", "date", "relatesToKycDocumentId", "relatesToKycCheckId")
	wantKeys(t, "KycMediaCommons", keysOf(t, KycMediaCommons{}, ""), "bankId", "customerId", "idKycMedia", "customerNumber",
		"type", "url", "date", "relatesToKycDocumentId", "relatesToKycCheckId")
	// A status's id is ours: left out when empty, so OBP's messages stay as OBP has them.
	wantKeys(t, "OutBoundCreateOrUpdateKycStatus", keysOf(t, OutBoundCreateOrUpdateKycStatus{}, ""),
		"outboundAdapterCallContext", "bankId", "customerId", "customerNumber", "ok", "date")
	wantKeys(t, "KycStatusCommons", keysOf(t, KycStatusCommons{}, ""), "bankId", "customerId", "customerNumber", "ok", "date")
}

func TestKycRecordsSurviveTheWire(t *testing.T) {
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	roundTrip := func(v, back any) {
		t.Helper()
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, back); err != nil {
			t.Fatal(err)
		}
	}
	d := kyc.Document{ID: "d", BankID: "b", CustomerID: "c", CustomerNumber: "1", Type: "passport", Number: "P-1",
		IssueDate: at, IssuePlace: "Berlin", ExpiryDate: at.AddDate(10, 0, 0)}
	var dc KycDocumentCommons
	roundTrip(NewKycDocumentCommons(d), &dc)
	k := kyc.Check{ID: "k", BankID: "b", CustomerID: "c", CustomerNumber: "1", Date: at, How: "PEP_SEARCH",
		StaffUserID: "s", StaffName: "Ann", Satisfied: true, Comments: "ok"}
	var kc KycCheckCommons
	roundTrip(NewKycCheckCommons(k), &kc)
	m := kyc.Media{ID: "m", BankID: "b", CustomerID: "c", CustomerNumber: "1", Type: "image", URL: "https://x", Date: at,
		RelatesToKycDocumentID: "d", RelatesToKycCheckID: "k"}
	var mc KycMediaCommons
	roundTrip(NewKycMediaCommons(m), &mc)
	s := kyc.Status{ID: "s", BankID: "b", CustomerID: "c", CustomerNumber: "1", OK: true, Date: at}
	var sc KycStatusCommons
	roundTrip(NewKycStatusCommons(s), &sc)
	if dc.Document() != d || kc.Check() != k || mc.Media() != m || sc.Status() != s {
		t.Errorf("KYC records came back as %+v, %+v, %+v, %+v; want %+v, %+v, %+v, %+v",
			dc.Document(), kc.Check(), mc.Media(), sc.Status(), d, k, m, s)
	}
}
