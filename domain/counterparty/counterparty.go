// Package counterparty holds counterparties: the payees an account keeps under one of its
// views (OBP's explicit counterparties). They are core-banking records, behind the
// Connector port, so a bank can keep them in its own system.
package counterparty

import (
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/routing"
)

// Counterparty is a payee saved on an account, through one view of it. Its name is
// unique among the counterparties of that account and view.
type Counterparty struct {
	ID              string
	Name            string
	Description     string
	Currency        string
	CreatedByUserID string
	// ThisBankID, ThisAccountID and ThisViewID say whose payee this is.
	ThisBankID    string
	ThisAccountID string
	ThisViewID    string
	// Where the money goes: the other account's routings (an OBP account id, an IBAN...),
	// its bank's and its branch's.
	OtherAccountRouting          routing.Routing
	OtherAccountSecondaryRouting routing.Routing
	OtherBankRouting             routing.Routing
	OtherBranchRouting           routing.Routing
	// IsBeneficiary marks a payee that payments may be sent to (OBP-30013 otherwise).
	IsBeneficiary bool
	Bespoke       []Bespoke
	CreatedAt     time.Time
}

// Bespoke is a free key/value pair the client keeps on a counterparty.
type Bespoke struct {
	Key   string
	Value string
}

// ThisAccount is the account the counterparty belongs to.
func (c Counterparty) ThisAccount() account.Ref {
	return account.Ref{BankID: c.ThisBankID, AccountID: c.ThisAccountID}
}

// New is a counterparty to create, as the client gives it (OBP's PostCounterpartyJson400).
type New struct {
	Name                         string
	Description                  string
	Currency                     string
	OtherAccountRouting          routing.Routing
	OtherAccountSecondaryRouting routing.Routing
	OtherBankRouting             routing.Routing
	OtherBranchRouting           routing.Routing
	IsBeneficiary                bool
	Bespoke                      []Bespoke
}
