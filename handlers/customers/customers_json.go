package customers

import (
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/handlers/wire"
)

// customerFaceImageJSON is OBP's CustomerFaceImageJson. OBP's schema types every customer
// date a string, never null: a date the customer has not given is left out.
type customerFaceImageJSON struct {
	URL  string  `json:"url"`
	Date *string `json:"date,omitempty"`
}

type customerCreditRatingJSON struct {
	Rating string `json:"rating"`
	Source string `json:"source"`
}

type amountOfMoneyJSON struct {
	Currency string `json:"currency"`
	Amount   string `json:"amount"`
}

// customerJSON210 is OBP's CustomerJsonV210 (the getMyCustomersAtAnyBank items).
type customerJSON210 struct {
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
}

// customerJSON310 is OBP's CustomerJsonV310; CustomerJsonV300 has the same fields.
type customerJSON310 struct {
	customerJSON210
	Title      string `json:"title"`
	BranchID   string `json:"branch_id"`
	NameSuffix string `json:"name_suffix"`
}

// customerAttributeJSON is OBP's CustomerAttributeResponseJsonV300.
type customerAttributeJSON struct {
	CustomerAttributeID string `json:"customer_attribute_id"`
	Name                string `json:"name"`
	Type                string `json:"type"`
	Value               string `json:"value"`
}

// customerWithAttributesJSON is OBP's CustomerWithAttributesJsonV310 (and V300).
type customerWithAttributesJSON struct {
	customerJSON310
	CustomerAttributes []customerAttributeJSON `json:"customer_attributes"`
}

// customersJSON300 is OBP's CustomerJSONsV300.
type customersJSON300 struct {
	Customers []customerJSON310 `json:"customers"`
}

// customersJSON210 is OBP's CustomerJSONs.
type customersJSON210 struct {
	Customers []customerJSON210 `json:"customers"`
}

// customersWithAttributesJSON is OBP's CustomersWithAttributesJsonV300.
type customersWithAttributesJSON struct {
	Customers []customerWithAttributesJSON `json:"customers"`
}

type customerAttributesJSON struct {
	CustomerAttributes []customerAttributeJSON `json:"customer_attributes"`
}

// userCustomerLinkJSON is OBP's UserCustomerLinkJson.
type userCustomerLinkJSON struct {
	UserCustomerLinkID string `json:"user_customer_link_id"`
	CustomerID         string `json:"customer_id"`
	UserID             string `json:"user_id"`
	DateInserted       string `json:"date_inserted"`
	IsActive           bool   `json:"is_active"`
}

type userCustomerLinksJSON struct {
	UserCustomerLinks []userCustomerLinkJSON `json:"user_customer_links"`
}

func toCustomerJSON210(c customer.Customer) customerJSON210 {
	dob := make([]string, len(c.DobOfDependants))
	for i, d := range c.DobOfDependants {
		dob[i] = d.UTC().Format(time.DateOnly)
	}
	return customerJSON210{BankID: c.BankID, CustomerID: c.ID, CustomerNumber: c.Number, LegalName: c.LegalName,
		MobilePhoneNumber: c.MobilePhoneNumber, Email: c.Email,
		FaceImage:   customerFaceImageJSON{URL: c.FaceImage.URL, Date: wire.TimePtr(c.FaceImage.Date)},
		DateOfBirth: wire.TimePtr(c.DateOfBirth), RelationshipStatus: c.RelationshipStatus, Dependants: c.Dependants,
		DobOfDependants: dob, CreditRating: customerCreditRatingJSON{Rating: c.CreditRating.Rating, Source: c.CreditRating.Source},
		CreditLimit:              amountOfMoneyJSON{Currency: c.CreditLimit.Currency, Amount: c.CreditLimit.Amount},
		HighestEducationAttained: c.HighestEducationAttained, EmploymentStatus: c.EmploymentStatus,
		KycStatus: c.KycStatus, LastOKDate: wire.TimePtr(c.LastOKDate)}
}

func toCustomerJSON310(c customer.Customer) customerJSON310 {
	return customerJSON310{customerJSON210: toCustomerJSON210(c), Title: c.Title, BranchID: c.BranchID, NameSuffix: c.NameSuffix}
}

func toCustomerAttributeJSON(a customer.Attribute) customerAttributeJSON {
	return customerAttributeJSON{CustomerAttributeID: a.ID, Name: a.Name, Type: string(a.Type), Value: a.Value}
}

func toCustomerAttributesJSON(as []customer.Attribute) []customerAttributeJSON {
	out := make([]customerAttributeJSON, len(as))
	for i, a := range as {
		out[i] = toCustomerAttributeJSON(a)
	}
	return out
}

func toCustomerWithAttributesJSON(w customer.WithAttributes) customerWithAttributesJSON {
	return customerWithAttributesJSON{customerJSON310: toCustomerJSON310(w.Customer),
		CustomerAttributes: toCustomerAttributesJSON(w.Attributes)}
}

func toUserCustomerLinkJSON(l customer.UserCustomerLink) userCustomerLinkJSON {
	return userCustomerLinkJSON{UserCustomerLinkID: l.ID, CustomerID: l.CustomerID, UserID: l.UserID,
		DateInserted: wire.Time(l.DateInserted), IsActive: l.IsActive}
}

func toUserCustomerLinksJSON(ls []customer.UserCustomerLink) userCustomerLinksJSON {
	out := userCustomerLinksJSON{UserCustomerLinks: make([]userCustomerLinkJSON, len(ls))}
	for i, l := range ls {
		out.UserCustomerLinks[i] = toUserCustomerLinkJSON(l)
	}
	return out
}

// customerPostJSON is OBP's PostCustomerJsonV500: only legal_name and mobile_phone_number are required.
type customerPostJSON struct {
	CustomerNumber           string                    `json:"customer_number,omitempty"`
	LegalName                string                    `json:"legal_name"`
	MobilePhoneNumber        string                    `json:"mobile_phone_number"`
	Email                    string                    `json:"email,omitempty"`
	FaceImage                *customerFaceImagePost    `json:"face_image,omitempty"`
	DateOfBirth              string                    `json:"date_of_birth,omitempty"`
	RelationshipStatus       string                    `json:"relationship_status,omitempty"`
	Dependants               int                       `json:"dependants,omitempty"`
	DobOfDependants          []string                  `json:"dob_of_dependants,omitempty"`
	CreditRating             *customerCreditRatingJSON `json:"credit_rating,omitempty"`
	CreditLimit              *amountOfMoneyJSON        `json:"credit_limit,omitempty"`
	HighestEducationAttained string                    `json:"highest_education_attained,omitempty"`
	EmploymentStatus         string                    `json:"employment_status,omitempty"`
	KycStatus                bool                      `json:"kyc_status,omitempty"`
	LastOKDate               string                    `json:"last_ok_date,omitempty"`
	Title                    string                    `json:"title,omitempty"`
	BranchID                 string                    `json:"branch_id,omitempty"`
	NameSuffix               string                    `json:"name_suffix,omitempty"`
}

type customerFaceImagePost struct {
	URL  string `json:"url"`
	Date string `json:"date"`
}

func (in customerPostJSON) toNewCustomer() customer.NewCustomer {
	n := customer.NewCustomer{Number: in.CustomerNumber, LegalName: in.LegalName, MobilePhoneNumber: in.MobilePhoneNumber,
		Email: in.Email, DateOfBirth: in.DateOfBirth, RelationshipStatus: in.RelationshipStatus, Dependants: in.Dependants,
		DobOfDependants: in.DobOfDependants, HighestEducationAttained: in.HighestEducationAttained,
		EmploymentStatus: in.EmploymentStatus, KycStatus: in.KycStatus, LastOKDate: in.LastOKDate, Title: in.Title,
		BranchID: in.BranchID, NameSuffix: in.NameSuffix}
	if in.FaceImage != nil {
		n.FaceImageURL, n.FaceImageDate = in.FaceImage.URL, in.FaceImage.Date
	}
	if in.CreditRating != nil {
		n.CreditRating = customer.CreditRating{Rating: in.CreditRating.Rating, Source: in.CreditRating.Source}
	}
	if in.CreditLimit != nil {
		n.CreditLimit = customer.CreditLimit{Currency: in.CreditLimit.Currency, Amount: in.CreditLimit.Amount}
	}
	return n
}

type userCustomerLinkPostJSON struct {
	UserID     string `json:"user_id"`
	CustomerID string `json:"customer_id"`
}

// customerAttributePostJSON is OBP's CustomerAttributeJsonV400.
type customerAttributePostJSON struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

func (in customerAttributePostJSON) toAttribute() customer.Attribute {
	return customer.Attribute{Name: in.Name, Type: customer.AttributeType(in.Type), Value: in.Value}
}

func exampleDate(s string) *time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return &t
}

var exampleCustomer = customer.Customer{
	BankID: "gh.29.uk", ID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", Number: "5987953", LegalName: "Eveline Tripman",
	MobilePhoneNumber: "+44 07972 444 876", Email: "felixsmith@example.com",
	FaceImage:   customer.FaceImage{URL: "https://static.example.com/faces/eveline.png", Date: exampleDate("2023-02-05T14:15:53Z")},
	DateOfBirth: exampleDate("1990-01-23T00:00:00Z"), RelationshipStatus: "single", Dependants: 1,
	DobOfDependants:          []time.Time{*exampleDate("2015-06-01T00:00:00Z")},
	CreditRating:             customer.CreditRating{Rating: "AA", Source: "Example Ratings Ltd"},
	CreditLimit:              customer.CreditLimit{Currency: "EUR", Amount: "1000.50"},
	HighestEducationAttained: "Master", EmploymentStatus: "worker", KycStatus: true,
	LastOKDate: exampleDate("2023-02-05T14:15:53Z"), Title: "Dr.", BranchID: "DERBY6", NameSuffix: "Sr",
}

var exampleCustomerAttribute = customer.Attribute{ID: "4c1f43e1-4b9e-4a0c-9c8e-1b62b7d2a6f0", Name: "SPECIAL_TAX_NUMBER",
	Type: customer.AttributeString, Value: "123456789"}

var exampleCustomerPost = customerPostJSON{CustomerNumber: exampleCustomer.Number, LegalName: exampleCustomer.LegalName,
	MobilePhoneNumber: exampleCustomer.MobilePhoneNumber, Email: exampleCustomer.Email,
	FaceImage:   &customerFaceImagePost{URL: exampleCustomer.FaceImage.URL, Date: "2023-02-05T14:15:53Z"},
	DateOfBirth: "1990-01-23", RelationshipStatus: "single", Dependants: 1, DobOfDependants: []string{"2015-06-01"},
	CreditRating:             &customerCreditRatingJSON{Rating: "AA", Source: "Example Ratings Ltd"},
	CreditLimit:              &amountOfMoneyJSON{Currency: "EUR", Amount: "1000.50"},
	HighestEducationAttained: "Master", EmploymentStatus: "worker", KycStatus: true, LastOKDate: "2023-02-05T14:15:53Z",
	Title: "Dr.", BranchID: "DERBY6", NameSuffix: "Sr"}

var exampleUserCustomerLink = customer.UserCustomerLink{ID: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b2", UserID: wire.ExampleUser.ID,
	CustomerID: exampleCustomer.ID, BankID: exampleCustomer.BankID, DateInserted: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), IsActive: true}

var userCustomerLinksExample = toUserCustomerLinksJSON([]customer.UserCustomerLink{exampleUserCustomerLink})
