package payment

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/transaction"
)

// Direction names a settlement account.
type Direction string

const (
	Incoming Direction = "INCOMING"
	Outgoing Direction = "OUTGOING"
)

// Attribute is an account attribute (OBP's), e.g. REQUIRED_CHALLENGE_ANSWERS.
type Attribute struct {
	ID, Name, Type, Value, ProductCode string
}

// Connector is the core-banking capability payments need, with OBP's method names.
type Connector interface {
	transaction.Connector
	// GetChallengeThreshold is the amount (minor units of currency) at and above which
	// a payment needs strong customer authentication.
	GetChallengeThreshold(ctx context.Context, bankID, accountID, viewID string, t Type, currency, userID string) (int64, error)
	// GetBankAccountByRouting finds an account of this server by a routing (e.g. an IBAN);
	// obperr.BankAccountNotFound when none has it.
	GetBankAccountByRouting(ctx context.Context, scheme, address string) (account.Account, error)
	// GetSettlementAccount returns the bank's settlement account for a direction and
	// currency, creating it when missing (OBP-INCOMING/OUTGOING-SETTLEMENT-ACCOUNT): one
	// account per bank, direction and currency, in that currency, owned by the bank (no holder).
	GetSettlementAccount(ctx context.Context, bankID string, d Direction, currency string) (account.Ref, error)
	// GetAccountAttributes lists an account's attributes, in no promised order.
	GetAccountAttributes(ctx context.Context, ref account.Ref) ([]Attribute, error)
	// CreateOrUpdateAccountAttribute stores a under a.Name: an account has one attribute
	// of each name, so storing a name again replaces its type, value and product code and
	// keeps its id. It returns the stored attribute with its id.
	CreateOrUpdateAccountAttribute(ctx context.Context, ref account.Ref, a Attribute) (Attribute, error)
}

// Payee is what a payment needs of a counterparty.
type Payee struct {
	ID                                                        string
	IsBeneficiary                                             bool
	ThisBankID, ThisAccountID                                 string
	OtherBankRoutingScheme, OtherBankRoutingAddress           string
	OtherAccountRoutingScheme, OtherAccountAddress            string
	OtherAccountSecondaryScheme, OtherAccountSecondaryAddress string
	Name                                                      string
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
