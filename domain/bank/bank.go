// Package bank holds the Bank entity, its id rules and the connector capability that serves it.
package bank

import (
	"github.com/obp-go/obp/domain/obperr"
)

// Bank is a bank as the API shows it. Routings identify it to other systems (e.g. a BIC).
type Bank struct {
	ID         string
	ShortName  string
	FullName   string
	Logo       string
	Website    string
	BankCode   string
	Routings   []Routing
	Attributes []Attribute
}

// Routing is a scheme and address pair, e.g. {"BIC", "GHBKGB2L"}.
type Routing struct {
	Scheme  string
	Address string
}

// Attribute is a bank-specific name/value pair.
type Attribute struct {
	Name  string
	Value string
}

// MaxIDLength is the longest id OBP accepts for banks.
const MaxIDLength = 255

// ValidateID applies OBP's id rule: 1..254 characters of 0-9 a-z A-Z - . _
func ValidateID(id string) error {
	if id == "" || len(id) >= MaxIDLength {
		return obperr.InvalidBankIDFormat
	}
	for i := 0; i < len(id); i++ {
		if !isIDChar(id[i]) {
			return obperr.InvalidBankIDFormat
		}
	}
	return nil
}

func isIDChar(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '.' || c == '_'
}
