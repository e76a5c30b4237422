package customers

import (
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/handlers/wire"
)

// individual is the customer type of every customer here: OBP's default, as creating
// corporate customers and their subsidiaries is not offered.
const individual = "INDIVIDUAL"

// customerJSON600 is OBP's CustomerJsonV600.
type customerJSON600 struct {
	BankID                   string                   `json:"bank_id"`
	CustomerID               string                   `json:"customer_id"`
	CustomerNumber           string                   `json:"customer_number"`
	LegalName                string                   `json:"legal_name"`
	MobilePhoneNumber        string                   `json:"mobile_phone_number"`
	Email                    string                   `json:"email"`
	FaceImage                customerFaceImageJSON    `json:"face_image"`
	DateOfBirth              *string                  `json:"date_of_birth,omitempty"`
	RelationshipStatus       string                   `json:"relationship_status"`
	Dependants               int                      `json:"dependants"`
	DobOfDependants          []string                 `json:"dob_of_dependants"`
	CreditRating             customerCreditRatingJSON `json:"credit_rating"`
	CreditLimit              amountOfMoneyJSON        `json:"credit_limit"`
	HighestEducationAttained string                   `json:"highest_education_attained"`
	EmploymentStatus         string                   `json:"employment_status"`
	KycStatus                bool                     `json:"kyc_status"`
	LastOKDate               *string                  `json:"last_ok_date,omitempty"`
	Title                    string                   `json:"title"`
	BranchID                 string                   `json:"branch_id"`
	NameSuffix               string                   `json:"name_suffix"`
	CustomerType             string                   `json:"customer_type"`
	ParentCustomerID         string                   `json:"parent_customer_id"`
}

type customersJSON600 struct {
	Customers []customerJSON600 `json:"customers"`
}

// customerWithAttributesJSON600 is OBP's CustomerWithAttributesJsonV600.
type customerWithAttributesJSON600 struct {
	customerJSON600
	CustomerAttributes []customerAttributeJSON `json:"customer_attributes"`
}

func toCustomerJSON600(c customer.Customer) customerJSON600 {
	v5 := toCustomerJSON310(c)
	return customerJSON600{BankID: c.BankID, CustomerID: c.ID, CustomerNumber: c.Number, LegalName: c.LegalName,
		MobilePhoneNumber: c.MobilePhoneNumber, Email: c.Email, FaceImage: v5.FaceImage, DateOfBirth: wire.TimePtr(c.DateOfBirth),
		RelationshipStatus: c.RelationshipStatus, Dependants: c.Dependants, DobOfDependants: v5.DobOfDependants,
		CreditRating: v5.CreditRating, CreditLimit: v5.CreditLimit, HighestEducationAttained: c.HighestEducationAttained,
		EmploymentStatus: c.EmploymentStatus, KycStatus: c.KycStatus, LastOKDate: wire.TimePtr(c.LastOKDate),
		Title: c.Title, BranchID: c.BranchID, NameSuffix: c.NameSuffix, CustomerType: individual}
}

func toCustomerWithAttributesJSON600(w customer.WithAttributes) customerWithAttributesJSON600 {
	return customerWithAttributesJSON600{customerJSON600: toCustomerJSON600(w.Customer),
		CustomerAttributes: toCustomerAttributesJSON(w.Attributes)}
}

// day renders a date of birth as v6.0.0 does: the day alone, 1990-05-15.
