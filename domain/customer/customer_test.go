package customer

import (
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

func TestCreditLimitValidate(t *testing.T) {
	for _, tc := range []struct {
		limit CreditLimit
		want  *obperr.Code
	}{
		{CreditLimit{}, nil},
		{CreditLimit{Currency: "EUR", Amount: "0"}, nil},
		{CreditLimit{Currency: "EUR", Amount: "10.5"}, nil},
		{CreditLimit{Currency: "GBP", Amount: "1000.50"}, nil},
		{CreditLimit{Currency: "EUR", Amount: "-1"}, obperr.InvalidNumber},
		{CreditLimit{Currency: "EUR", Amount: "1.234"}, obperr.InvalidNumber},
		{CreditLimit{Currency: "EUR", Amount: "01"}, obperr.InvalidNumber},
		{CreditLimit{Currency: "EUR", Amount: "1."}, obperr.InvalidNumber},
		{CreditLimit{Currency: "EUR", Amount: "1e3"}, obperr.InvalidNumber},
		{CreditLimit{Currency: "EUR", Amount: ""}, obperr.InvalidNumber},
		{CreditLimit{Currency: "eur", Amount: "1"}, obperr.InvalidISOCurrencyCode},
		{CreditLimit{Currency: "EURO", Amount: "1"}, obperr.InvalidISOCurrencyCode},
		{CreditLimit{Amount: "1"}, obperr.InvalidISOCurrencyCode},
	} {
		err := tc.limit.Validate()
		if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%+v: err = %v, want %v", tc.limit, err, tc.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // RFC 3339, "" for no date, "error" for a failure
	}{
		{"", ""},
		{"1990-01-23", "1990-01-23T00:00:00Z"},
		{"1990-01-23T10:11:12Z", "1990-01-23T10:11:12Z"},
		{"1990-01-23T10:11:12.5+02:00", "1990-01-23T08:11:12.5Z"},
		{"1100-01-01T00:00:00Z", "1100-01-01T00:00:00Z"},
		{"1990-13-01", "error"},
		{"23/01/1990", "error"},
		{"19900123", "error"},
	} {
		got, err := ParseDate("/d", tc.in)
		switch {
		case tc.want == "error":
			if !errors.Is(err, obperr.InvalidDateFormat) {
				t.Errorf("%q: err = %v, want OBP-10005", tc.in, err)
			}
		case err != nil:
			t.Errorf("%q: %v", tc.in, err)
		case tc.want == "" && got != nil:
			t.Errorf("%q: got %v, want no date", tc.in, got)
		case tc.want != "" && (got == nil || got.Format(time.RFC3339Nano) != tc.want):
			t.Errorf("%q: got %v, want %s", tc.in, got, tc.want)
		}
	}
}

func TestNewCustomerDobOfDependantsAreDays(t *testing.T) {
	c, err := NewCustomer{LegalName: "Eveline Tripman", DobOfDependants: []string{"2000-01-23", "2002-05-06T23:30:00Z"}}.customer()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.DobOfDependants) != 2 || c.DobOfDependants[1].Format(time.RFC3339) != "2002-05-06T00:00:00Z" {
		t.Errorf("dob_of_dependants = %v", c.DobOfDependants)
	}
	_, err = NewCustomer{LegalName: "x", DobOfDependants: []string{"2000-01-23", "nope"}}.customer()
	var e *obperr.Error
	if !errors.As(err, &e) || e.Code != obperr.InvalidDateFormat || e.Field != "/dob_of_dependants/1" {
		t.Errorf("bad date: err = %v", err)
	}
}

func TestAttributeValidate(t *testing.T) {
	for _, tc := range []struct {
		a    Attribute
		want *obperr.Code
	}{
		{Attribute{Name: "TAX", Type: AttributeString, Value: "anything"}, nil},
		{Attribute{Name: "TAX", Type: AttributeInteger, Value: "-42"}, nil},
		{Attribute{Name: "TAX", Type: AttributeInteger, Value: "4.2"}, obperr.InvalidNumber},
		{Attribute{Name: "TAX", Type: AttributeDouble, Value: "4.2"}, nil},
		{Attribute{Name: "TAX", Type: AttributeDouble, Value: "four"}, obperr.InvalidNumber},
		{Attribute{Name: "TAX", Type: AttributeDateWithDay, Value: "2024-01-31"}, nil},
		{Attribute{Name: "TAX", Type: AttributeDateWithDay, Value: "2024-02-31"}, obperr.InvalidDateFormat},
		{Attribute{Name: "TAX", Type: "BLOB", Value: "x"}, obperr.InvalidRequestPayload},
		{Attribute{Name: "", Type: AttributeString, Value: "x"}, obperr.InvalidRequestPayload},
	} {
		err := tc.a.Validate()
		if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%+v: err = %v, want %v", tc.a, err, tc.want)
		}
	}
}
