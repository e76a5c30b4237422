package customer

import (
	"fmt"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// NewCustomer is a customer to create, as the client gives it: dates are strings, either
// a day ("1990-01-23") or an RFC 3339 time ("1990-01-23T00:00:00Z"). An empty Number asks
// the bank to choose one.
type NewCustomer struct {
	Number                   string
	LegalName                string
	MobilePhoneNumber        string
	Email                    string
	FaceImageURL             string
	FaceImageDate            string
	DateOfBirth              string
	RelationshipStatus       string
	Dependants               int
	DobOfDependants          []string
	CreditRating             CreditRating
	CreditLimit              CreditLimit
	HighestEducationAttained string
	EmploymentStatus         string
	KycStatus                bool
	LastOKDate               string
	Title                    string
	BranchID                 string
	NameSuffix               string
}

// customer checks n and turns it into a Customer without bank, id or creation time.
func (n NewCustomer) customer() (Customer, error) {
	if n.LegalName == "" {
		return Customer{}, obperr.InvalidRequestPayload.Field("/legal_name", "legal_name must not be empty.")
	}
	if n.Dependants < 0 {
		return Customer{}, obperr.InvalidNumber.Field("/dependants", "dependants must be 0 or more.")
	}
	if err := n.CreditLimit.Validate(); err != nil {
		return Customer{}, err
	}
	c := Customer{Number: n.Number, LegalName: n.LegalName, MobilePhoneNumber: n.MobilePhoneNumber, Email: n.Email,
		FaceImage: FaceImage{URL: n.FaceImageURL}, RelationshipStatus: n.RelationshipStatus, Dependants: n.Dependants,
		DobOfDependants: []time.Time{}, CreditRating: n.CreditRating, CreditLimit: n.CreditLimit,
		HighestEducationAttained: n.HighestEducationAttained, EmploymentStatus: n.EmploymentStatus,
		KycStatus: n.KycStatus, Title: n.Title, BranchID: n.BranchID, NameSuffix: n.NameSuffix}
	var err error
	if c.FaceImage.Date, err = ParseDate("/face_image/date", n.FaceImageDate); err != nil {
		return Customer{}, err
	}
	if c.DateOfBirth, err = ParseDate("/date_of_birth", n.DateOfBirth); err != nil {
		return Customer{}, err
	}
	if c.LastOKDate, err = ParseDate("/last_ok_date", n.LastOKDate); err != nil {
		return Customer{}, err
	}
	for i, s := range n.DobOfDependants {
		d, err := ParseDate(fmt.Sprintf("/dob_of_dependants/%d", i), s)
		if err != nil {
			return Customer{}, err
		}
		if d == nil {
			return Customer{}, obperr.InvalidDateFormat.Field(fmt.Sprintf("/dob_of_dependants/%d", i), "a date of birth must not be empty.")
		}
		c.DobOfDependants = append(c.DobOfDependants, Day(*d))
	}
	return c, nil
}

// ParseDate reads a day ("2006-01-02") or an RFC 3339 time, in UTC; "" is no date.
// pointer names the input field in the error.
func ParseDate(pointer, s string) (*time.Time, error) {
	if s == "" {
		return nil, nil
	}
	for _, layout := range []string{time.DateOnly, time.RFC3339Nano} {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.UTC()
			return &t, nil
		}
	}
	return nil, obperr.InvalidDateFormat.Field(pointer, "%s: want 2006-01-02 or 2006-01-02T15:04:05Z, got %q.", pointer, s)
}

// Day is t's calendar day in UTC, at midnight.
func Day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
