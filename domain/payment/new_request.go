package payment

import (
	"github.com/obp-go/obp/domain/account"
)

// New is a transaction request as posted, already read from its type's JSON body.
type New struct {
	From           account.Ref
	ViewID         string
	Type           Type
	Currency       string
	Amount         string // decimal string
	Description    string
	ChargePolicy   string      // SHARED, SENDER, RECEIVER ("" is SHARED)
	To             account.Ref // ACCOUNT, ACCOUNT_OTP, SANDBOX_TAN; REFUND to an account
	CounterpartyID string      // COUNTERPARTY; REFUND to a counterparty
	IBAN           string      // SEPA
	RefundOf       string      // REFUND: the transaction refunded
	Details        string      // the body as posted, kept for the response
}
