// Package bank holds the Bank entity, its id rules and the connector capability that serves it.
package bank

import (
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// Bank is a bank as the API shows it. Routings identify it to other systems (e.g. a BIC).
type Bank struct {
	ID         string
	ShortName  string
	FullName   string
	Logo       string
	Website    string
	BankCode   string
	Routings   []routing.Routing
	Attributes []Attribute
}

// Attribute is a bank-specific name/value pair.
type Attribute struct {
	Name  string
	Value string
}

// ValidateID applies OBP's id rule (ids.Valid).
func ValidateID(id string) error {
	if !ids.Valid(id) {
		return obperr.InvalidBankIDFormat
	}
	return nil
}
