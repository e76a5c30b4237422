package rest

import (
	"time"

	"github.com/obp-go/obp/domain/customer"
)

// CustomerCommons is OBP's customer record. Dates this server does not know (a date of
// birth, a last OK date, the photo's date) are null. OBP's optional customerType and
// parentCustomerId are not kept by this server and left out. CreatedAt is ours, left out
// when unknown: an OBP adapter that does not send it gives customers no creation time.
type CustomerCommons struct {
	CustomerID               string            `json:"customerId"`
	BankID                   string            `json:"bankId"`
	Number                   string            `json:"number"` // the bank's customer number
	LegalName                string            `json:"legalName"`
	MobileNumber             string            `json:"mobileNumber"`
	Email                    string            `json:"email"`
	FaceImage                CustomerFaceImage `json:"faceImage"`
	DateOfBirth              *Date             `json:"dateOfBirth"`
	RelationshipStatus       string            `json:"relationshipStatus"`
	Dependents               int               `json:"dependents"`
	DobOfDependents          []Date            `json:"dobOfDependents"`
	HighestEducationAttained string            `json:"highestEducationAttained"`
	EmploymentStatus         string            `json:"employmentStatus"`
	CreditRating             CreditRating      `json:"creditRating"`
	CreditLimit              CreditLimit       `json:"creditLimit"`
	KycStatus                bool              `json:"kycStatus"` // the latest KYC status: OK or not
	LastOkDate               *Date             `json:"lastOkDate"`
	Title                    string            `json:"title"`
	BranchID                 string            `json:"branchId"`
	NameSuffix               string            `json:"nameSuffix"`
	CreatedAt                *Instant          `json:"createdAt,omitempty"` // ours
}

// CustomerFaceImage is where a photo of the customer is and when it was taken (null
// when unknown).
type CustomerFaceImage struct {
	Date *Date  `json:"date"`
	URL  string `json:"url"`
}

// CreditRating is a customer's rating and the agency that gave it.
type CreditRating struct {
	Rating string `json:"rating"`
	Source string `json:"source"`
}

// CreditLimit is a customer's credit limit: amount a decimal string in currency, both
// empty for no limit.
type CreditLimit struct {
	Currency string `json:"currency"`
	Amount   string `json:"amount"`
}

// NewCustomerCommons is OBP's record of c.
func NewCustomerCommons(c customer.Customer) CustomerCommons {
	out := CustomerCommons{CustomerID: c.ID, BankID: c.BankID, Number: c.Number, LegalName: c.LegalName,
		MobileNumber: c.MobilePhoneNumber, Email: c.Email,
		FaceImage:   CustomerFaceImage{Date: datePtr(c.FaceImage.Date), URL: c.FaceImage.URL},
		DateOfBirth: datePtr(c.DateOfBirth), RelationshipStatus: c.RelationshipStatus, Dependents: c.Dependants,
		DobOfDependents: make([]Date, 0, len(c.DobOfDependants)), HighestEducationAttained: c.HighestEducationAttained,
		EmploymentStatus: c.EmploymentStatus, CreditRating: CreditRating{Rating: c.CreditRating.Rating, Source: c.CreditRating.Source},
		CreditLimit: CreditLimit{Currency: c.CreditLimit.Currency, Amount: c.CreditLimit.Amount}, KycStatus: c.KycStatus,
		LastOkDate: datePtr(c.LastOKDate), Title: c.Title, BranchID: c.BranchID, NameSuffix: c.NameSuffix}
	for _, d := range c.DobOfDependants {
		out.DobOfDependents = append(out.DobOfDependents, Date{d})
	}
	if !c.CreatedAt.IsZero() {
		out.CreatedAt = &Instant{c.CreatedAt}
	}
	return out
}

// Customer is the customer the record describes, its times in UTC.
func (c CustomerCommons) Customer() customer.Customer {
	out := customer.Customer{BankID: c.BankID, ID: c.CustomerID, Number: c.Number, LegalName: c.LegalName,
		MobilePhoneNumber: c.MobileNumber, Email: c.Email,
		FaceImage:   customer.FaceImage{URL: c.FaceImage.URL, Date: c.FaceImage.Date.timePtr()},
		DateOfBirth: c.DateOfBirth.timePtr(), RelationshipStatus: c.RelationshipStatus, Dependants: c.Dependents,
		DobOfDependants:          make([]time.Time, 0, len(c.DobOfDependents)),
		CreditRating:             customer.CreditRating{Rating: c.CreditRating.Rating, Source: c.CreditRating.Source},
		CreditLimit:              customer.CreditLimit{Currency: c.CreditLimit.Currency, Amount: c.CreditLimit.Amount},
		HighestEducationAttained: c.HighestEducationAttained, EmploymentStatus: c.EmploymentStatus,
		KycStatus: c.KycStatus, LastOKDate: c.LastOkDate.timePtr(), Title: c.Title, BranchID: c.BranchID,
		NameSuffix: c.NameSuffix}
	for _, d := range c.DobOfDependents {
		out.DobOfDependants = append(out.DobOfDependants, d.UTC())
	}
	if t := c.CreatedAt.timePtr(); t != nil {
		out.CreatedAt = *t
	}
	return out
}

// datePtr is t as an optional date: nil stays nil.
func datePtr(t *time.Time) *Date {
	if t == nil {
		return nil
	}
	return &Date{*t}
}

// timePtr is the optional date as a time in UTC: nil stays nil.
func (i *Instant) timePtr() *time.Time {
	if i == nil {
		return nil
	}
	return (&Date{i.Time}).timePtr()
}

func (d *Date) timePtr() *time.Time {
	if d == nil {
		return nil
	}
	t := d.UTC()
	return &t
}
