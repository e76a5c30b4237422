// Package customer holds a bank's customers, the links that say which user is which
// customer, and customer attributes. Customers are core-banking records: they live behind
// the Connector port, so a bank can keep them in its own system.
package customer

import (
	"regexp"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// Customer is a bank's record of a person or company it does business with.
type Customer struct {
	BankID                   string
	ID                       string
	Number                   string // the bank's reference, unique at the bank
	LegalName                string
	MobilePhoneNumber        string
	Email                    string
	FaceImage                FaceImage
	DateOfBirth              *time.Time
	RelationshipStatus       string
	Dependants               int
	DobOfDependants          []time.Time // dates only
	CreditRating             CreditRating
	CreditLimit              CreditLimit
	HighestEducationAttained string
	EmploymentStatus         string
	KycStatus                bool
	LastOKDate               *time.Time
	Title                    string
	BranchID                 string
	NameSuffix               string
	CreatedAt                time.Time
}

// FaceImage is where a photo of the customer is and when it was taken.
type FaceImage struct {
	URL  string
	Date *time.Time
}

// CreditRating is a rating and the agency that gave it.
type CreditRating struct {
	Rating string
	Source string
}

// CreditLimit is an amount of money: Amount is kept exactly as given, a non-negative
// decimal string. Both fields empty means no limit was given.
type CreditLimit struct {
	Currency string
	Amount   string
}

var (
	currencyCode = regexp.MustCompile(`^[A-Z]{3}$`)
	// At most 2 decimals and no leading zeros, so that "10.50" is stored as the client wrote it.
	decimalAmount = regexp.MustCompile(`^(0|[1-9][0-9]{0,17})(\.[0-9]{1,2})?$`)
)

// Validate checks the credit limit: a 3-letter upper-case currency and a non-negative
// decimal with at most 2 decimals.
func (l CreditLimit) Validate() error {
	if l.Currency == "" && l.Amount == "" {
		return nil
	}
	if !currencyCode.MatchString(l.Currency) {
		return obperr.InvalidISOCurrencyCode.Field("/credit_limit/currency", "credit_limit.currency: got %q.", l.Currency)
	}
	if !decimalAmount.MatchString(l.Amount) {
		return obperr.InvalidNumber.Field("/credit_limit/amount",
			"credit_limit.amount must be a non-negative decimal with at most 2 decimals, got %q.", l.Amount)
	}
	return nil
}
