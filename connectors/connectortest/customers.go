package connectortest

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

// newCustomer is a customer of bankID with every field set, not yet stored; created a
// second apart so that creation order is unambiguous.
func newCustomer(bankID, number string, at time.Time) customer.Customer {
	day := func(y int, m time.Month, d int) *time.Time { t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); return &t }
	photo, ok := at.Add(-48*time.Hour), at.Add(-time.Hour)
	return customer.Customer{BankID: bankID, ID: fresh("cust"), Number: number, LegalName: "Eve Conformance",
		MobilePhoneNumber: "+44 7700 900123", Email: "eve@example.com",
		FaceImage: customer.FaceImage{URL: "https://example.com/eve.png", Date: &photo}, DateOfBirth: day(1990, 1, 23),
		RelationshipStatus: "married", Dependants: 2, DobOfDependants: []time.Time{*day(2015, 3, 1), *day(2018, 7, 9)},
		CreditRating: customer.CreditRating{Rating: "A", Source: "Conformance Agency"},
		CreditLimit:  customer.CreditLimit{Currency: "EUR", Amount: "1000.50"}, HighestEducationAttained: "Master",
		EmploymentStatus: "employed", KycStatus: true, LastOKDate: &ok, Title: "Dr", BranchID: "branch-1",
		NameSuffix: "Jr", CreatedAt: at}
}

// storedCustomer creates a customer of bankID, failing the test when it cannot.
func storedCustomer(t *testing.T, c Connector, bankID string, at time.Time) customer.Customer {
	t.Helper()
	got, err := c.CreateCustomer(context.Background(), newCustomer(bankID, fresh("no"), at))
	if err != nil {
		t.Fatalf("CreateCustomer at bank %s returned %v; want the customer", bankID, err)
	}
	return got
}

func testCustomers(t *testing.T, c Connector) {
	ctx := context.Background()
	b, other := newBank(t, c), newBank(t, c)
	start := time.Now().UTC().Truncate(time.Second)

	first := newCustomer(b.ID, fresh("no"), start)
	got, err := c.CreateCustomer(ctx, first)
	if err != nil {
		t.Fatalf("CreateCustomer(%s) returned %v; want the customer", first.ID, err)
	}
	if !sameCustomer(got, first) {
		t.Errorf("CreateCustomer returned %+v; want the fields it was given %+v", got, first)
	}
	byID, err := c.GetCustomerByCustomerID(ctx, first.ID)
	if err != nil || !sameCustomer(byID, first) {
		t.Errorf("GetCustomerByCustomerID(%s) = %+v, %v; want the stored customer %+v (every field)", first.ID, byID, err, first)
	}
	// Optional fields left empty come back empty, not as zero dates.
	minimal := customer.Customer{BankID: b.ID, ID: fresh("cust"), Number: fresh("no"), LegalName: "Minimal", CreatedAt: start.Add(time.Second)}
	if _, err := c.CreateCustomer(ctx, minimal); err != nil {
		t.Fatalf("CreateCustomer(only bank, id, number, legal name) returned %v", err)
	}
	if got, err := c.GetCustomerByCustomerID(ctx, minimal.ID); err != nil || !sameCustomer(got, minimal) {
		t.Errorf("GetCustomerByCustomerID(%s) = %+v, %v; want %+v with no dates and no dependants", minimal.ID, got, err, minimal)
	}

	dup := newCustomer(b.ID, first.Number, start.Add(2*time.Second))
	if _, err := c.CreateCustomer(ctx, dup); !errors.Is(err, obperr.CustomerNumberAlreadyExists) {
		t.Errorf("CreateCustomer with a number the bank already uses returned %v; want obperr.CustomerNumberAlreadyExists (OBP-30006)", err)
	}
	if _, err := c.GetCustomerByCustomerID(ctx, dup.ID); !errors.Is(err, obperr.CustomerNotFoundByCustomerID) {
		t.Errorf("a refused CreateCustomer left customer %s behind (GetCustomerByCustomerID returned %v)", dup.ID, err)
	}
	checkNumberAvailable(t, c, other.ID, first.Number, true)
	elsewhere := newCustomer(other.ID, first.Number, start.Add(3*time.Second))
	if _, err := c.CreateCustomer(ctx, elsewhere); err != nil {
		t.Errorf("CreateCustomer at bank %s with a number used at bank %s returned %v; numbers are unique per bank only", other.ID, b.ID, err)
	}
	checkNumberAvailable(t, c, b.ID, first.Number, false)
	checkNumberAvailable(t, c, other.ID, first.Number, false)
	checkNumberAvailable(t, c, b.ID, fresh("no"), true)

	ids := func(bankID string, limit, offset int) []string {
		list, err := c.GetCustomers(ctx, bankID, limit, offset)
		if err != nil {
			t.Fatalf("GetCustomers(%s, %d, %d) returned %v", bankID, limit, offset, err)
		}
		out := make([]string, len(list))
		for i, x := range list {
			out[i] = x.ID
		}
		return out
	}
	for _, tc := range []struct {
		bankID        string
		limit, offset int
		want          []string
	}{
		{b.ID, 10, 0, []string{first.ID, minimal.ID}},
		{b.ID, 1, 0, []string{first.ID}},
		{b.ID, 1, 1, []string{minimal.ID}},
		{b.ID, 10, 2, []string{}},
		{other.ID, 10, 0, []string{elsewhere.ID}},
	} {
		if got := ids(tc.bankID, tc.limit, tc.offset); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("GetCustomers(%s, limit %d, offset %d) = %v; want %v (this bank's only, oldest first)",
				tc.bankID, tc.limit, tc.offset, got, tc.want)
		}
	}

	if _, err := c.GetCustomerByCustomerID(ctx, fresh("missing")); !errors.Is(err, obperr.CustomerNotFoundByCustomerID) {
		t.Errorf("GetCustomerByCustomerID(unknown) returned %v; want obperr.CustomerNotFoundByCustomerID (OBP-30046)", err)
	}
}

func checkNumberAvailable(t *testing.T, c Connector, bankID, number string, want bool) {
	t.Helper()
	if got, err := c.CheckCustomerNumberAvailable(context.Background(), bankID, number); err != nil || got != want {
		t.Errorf("CheckCustomerNumberAvailable(%s, %s) = %v, %v; want %v (available when no customer of that bank has it)",
			bankID, number, got, err, want)
	}
}

// sameCustomer compares every field, times by instant; no dependants and none alike.
func sameCustomer(got, want customer.Customer) bool {
	if !sameTime(got.FaceImage.Date, want.FaceImage.Date) || !sameTime(got.DateOfBirth, want.DateOfBirth) ||
		!sameTime(got.LastOKDate, want.LastOKDate) || !got.CreatedAt.Equal(want.CreatedAt) ||
		len(got.DobOfDependants) != len(want.DobOfDependants) {
		return false
	}
	for i := range got.DobOfDependants {
		if !got.DobOfDependants[i].Equal(want.DobOfDependants[i]) {
			return false
		}
	}
	return reflect.DeepEqual(untimed(got), untimed(want))
}

func untimed(c customer.Customer) customer.Customer {
	c.FaceImage.Date, c.DateOfBirth, c.LastOKDate, c.DobOfDependants, c.CreatedAt = nil, nil, nil, nil, time.Time{}
	return c
}

func sameTime(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Equal(*b)
}
