package payment

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/transaction"
)

// DefaultChallengeThreshold is OBP's: 1000 whole units (of the payment's currency here;
// OBP converts from EUR, and this server keeps no exchange rates).
const DefaultChallengeThreshold = 1000

// Direction names a settlement account.
type Direction string

const (
	Incoming Direction = "INCOMING"
	Outgoing Direction = "OUTGOING"
)

// Connector is the core-banking capability payments need, with OBP's method names.
type Connector interface {
	transaction.Connector
	// GetChallengeThreshold is the amount (minor units of currency) at and above which
	// a payment needs strong customer authentication.
	GetChallengeThreshold(ctx context.Context, bankID, accountID, viewID string, t Type, currency, userID string) (int64, error)
	// GetBankAccountByRouting finds an account of this server by a routing (e.g. an IBAN);
	// obperr.BankAccountNotFound when none has it.
	GetBankAccountByRouting(ctx context.Context, r routing.Routing) (account.Account, error)
	// GetSettlementAccount returns the bank's settlement account for a direction and
	// currency, creating it when missing (OBP-INCOMING/OUTGOING-SETTLEMENT-ACCOUNT): one
	// account per bank, direction and currency, in that currency, owned by the bank (no holder).
	GetSettlementAccount(ctx context.Context, bankID string, d Direction, currency string) (account.Ref, error)
}

// RecordingLedger posts a transfer and records its completed transaction request in one
// database transaction: the mapped connector, whose ledger shares its database with the
// requests. A payment then commits once, and at no moment has money moved without its
// request recorded.
type RecordingLedger interface {
	// MakePaymentRecording posts t as MakePayment does and stores r in the same
	// transaction, with the debit leg's id as r's transaction id. ErrRequestExists when r's
	// id is taken (nothing is posted); transaction.ErrTransferPosted when t's legs were
	// posted before without a request.
	MakePaymentRecording(ctx context.Context, t transaction.Transfer, r Request) (transaction.Posted, error)
}

// Payee is what a payment needs of a counterparty.
type Payee struct {
	ID                           string
	IsBeneficiary                bool
	ThisBankID, ThisAccountID    string
	OtherBankRouting             routing.Routing
	OtherAccountRouting          routing.Routing
	OtherAccountSecondaryRouting routing.Routing
	Name                         string
}

// Payees looks counterparties up (obperr.CounterpartyNotFoundByCounterpartyID).
type Payees interface {
	Payee(ctx context.Context, counterpartyID string) (Payee, error)
}

// Contacts says where to reach a user for a challenge.
type Contacts interface {
	// Contact returns the user's mobile number (from their customer record at the bank)
	// and e-mail address, either possibly empty.
	Contact(ctx context.Context, userID, bankID string) (phone, email string, err error)
}
