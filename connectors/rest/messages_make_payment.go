package rest

import (
	"context"
	"time"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

var makePaymentv210 = define(
	moving(port.MakePaymentv210, obperr.InvalidConnectorResponseForMakePayment, nil,
		obperr.InsufficientFunds, obperr.InvalidTransactionRequestCurrency, obperr.RefundedTransaction, obperr.BankAccountNotFound),
	"Posts the payment: both legs and both balances at once, or nothing. Answers the debit leg's transaction id. "+
		"Idempotent on transactionRequestId: a request id posted before is answered with errorCode OBP-GO-TRANSFER-POSTED. "+
		"posted, completed, allowOverdraft and refundOf are ours: the legs' dates (now when absent), a historical "+
		"import that may take the source below zero, and the transaction this payment refunds (refunded once at most, "+
		"else errorCode OBP-30068).",
	func(ctx context.Context, b port.Connector, out OutBoundMakePaymentv210) (ID, error) {
		amount, err := money.Parse(out.TransactionRequestCommonBody.Value.Amount, out.TransactionRequestCommonBody.Value.Currency)
		if err != nil {
			return ID{}, obperr.InvalidNumber.With("amount %q", out.Amount)
		}
		now := time.Now().UTC()
		t := transaction.Transfer{ID: out.TransactionRequestID.Value,
			From:   account.Ref{BankID: out.FromAccount.BankID.Value, AccountID: out.FromAccount.AccountID.Value},
			To:     account.Ref{BankID: out.ToAccount.BankID.Value, AccountID: out.ToAccount.AccountID.Value},
			Amount: amount, Type: out.TransactionRequestType.Value, Description: out.Description,
			Posted: out.Posted.or(now), Completed: out.Completed.or(now), AllowOverdraft: out.AllowOverdraft}
		if out.RefundOf != nil {
			t.RefundOf = out.RefundOf.Value
		}
		posted, err := b.MakePayment(ctx, t)
		return ID{posted.Debit.ID}, err
	})

// OutBoundMakePaymentv210 asks the adapter to post a payment between two accounts.
type OutBoundMakePaymentv210 struct {
	OutboundAdapterCallContext   OutboundAdapterCallContext   `json:"outboundAdapterCallContext"`
	FromAccount                  BankAccountCommons           `json:"fromAccount"`
	ToAccount                    BankAccountCommons           `json:"toAccount"`
	TransactionRequestID         ID                           `json:"transactionRequestId"`
	TransactionRequestCommonBody TransactionRequestCommonBody `json:"transactionRequestCommonBody"`
	Amount                       string                       `json:"amount"`
	Description                  string                       `json:"description"`
	TransactionRequestType       ID                           `json:"transactionRequestType"`
	ChargePolicy                 string                       `json:"chargePolicy"`
	// Ours, left out when unset: the legs' posted and completed dates, a historical
	// import allowed to take the source below zero, the transaction this payment refunds.
	Posted         *Instant `json:"posted,omitempty"`
	Completed      *Instant `json:"completed,omitempty"`
	AllowOverdraft bool     `json:"allowOverdraft,omitempty"`
	RefundOf       *ID      `json:"refundOf,omitempty"`
}

// InBoundMakePaymentv210 answers makePaymentv210 with the posted transaction's id.
type InBoundMakePaymentv210 = InBound[ID]

// TransactionRequestCommonBody is the body every transaction request type shares.
type TransactionRequestCommonBody struct {
	Value       AmountOfMoney `json:"value"`
	Description string        `json:"description"`
}

// AmountOfMoney is a decimal amount (a string) of a currency.
type AmountOfMoney struct {
	Currency string `json:"currency"`
	Amount   string `json:"amount"`
}

// Payment is what makePaymentv210 needs: the transfer (its id is the transaction
// request's) and both accounts as they stand.
type Payment struct {
	Transfer     transaction.Transfer
	From, To     account.Account
	ChargePolicy string // OBP's SHARED, SENDER or RECEIVER
}

// NewOutBoundMakePaymentv210 is the message for p under the envelope occ.
func NewOutBoundMakePaymentv210(occ OutboundAdapterCallContext, p Payment) OutBoundMakePaymentv210 {
	t := p.Transfer
	amount := t.Amount.String()
	return OutBoundMakePaymentv210{
		OutboundAdapterCallContext: occ,
		FromAccount:                FromAccount(p.From),
		ToAccount:                  FromAccount(p.To),
		TransactionRequestID:       ID{t.ID},
		TransactionRequestCommonBody: TransactionRequestCommonBody{
			Value:       AmountOfMoney{Currency: t.Amount.Currency, Amount: amount},
			Description: t.Description,
		},
		Amount:                 amount,
		Description:            t.Description,
		TransactionRequestType: ID{t.Type},
		ChargePolicy:           p.ChargePolicy,
		Posted:                 instantOrNil(t.Posted),
		Completed:              instantOrNil(t.Completed),
		AllowOverdraft:         t.AllowOverdraft,
		RefundOf:               idOrNil(t.RefundOf),
	}
}

// instantOrNil is t as an optional instant: nil for the zero time.
func instantOrNil(t time.Time) *Instant {
	if t.IsZero() {
		return nil
	}
	return &Instant{t}
}

// or is the instant, or def when it was left out.
func (i *Instant) or(def time.Time) time.Time {
	if i == nil || i.IsZero() {
		return def
	}
	return i.UTC()
}

// idOrNil is id as an optional id: nil for none.
func idOrNil(id string) *ID {
	if id == "" {
		return nil
	}
	return &ID{id}
}
