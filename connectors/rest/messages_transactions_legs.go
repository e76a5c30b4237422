package rest

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

var (
	getDoubleEntryBookTransaction = define(
		read(port.GetDoubleEntryBookTransaction, obperr.InvalidConnectorResponse, obperr.DoubleEntryTransactionNotFound),
		"Both legs of the movement a transaction of the account belongs to; errorCode OBP-30087 when the account "+
			"has no such transaction. debitTransaction and creditTransaction are ours: the legs in full, which "+
			"spare two getTransaction calls; an adapter that leaves them out is asked for each leg.",
		func(ctx context.Context, b port.Connector, out OutBoundGetDoubleEntryBookTransaction) (DoubleEntryTransaction, error) {
			p, err := b.GetDoubleEntryBookTransaction(ctx, account.Ref{BankID: out.BankID.Value, AccountID: out.AccountID.Value}, out.TransactionID.Value)
			if err != nil {
				return DoubleEntryTransaction{}, err
			}
			legs, err := newTransactionCommonsList(ctx, b, []transaction.Transaction{p.Debit, p.Credit})
			if err != nil {
				return DoubleEntryTransaction{}, err
			}
			return newDoubleEntryTransaction(legs[0], legs[1]), nil
		})
	getCounterpartiesFromTransaction = define(read(port.GetCounterpartiesFromTransaction, obperr.InvalidConnectorResponse, nil),
		"The other sides of the account's transactions, each once: an account of this server as the routings "+
			"scheme OBP (bank id, account id), its holder's name as counterpartyName.",
		func(ctx context.Context, b port.Connector, out OutBoundGetCounterpartiesFromTransaction) ([]TransactionCounterparty, error) {
			ref := account.Ref{BankID: out.BankID.Value, AccountID: out.AccountID.Value}
			list, err := b.GetCounterpartiesFromTransactions(ctx, ref)
			res := make([]TransactionCounterparty, 0, len(list))
			for _, o := range list {
				res = append(res, newTransactionCounterparty(ref, o))
			}
			return res, err
		})
	getTransferOutcome = define(read(port.GetTransferOutcome, obperr.InvalidConnectorResponse, nil),
		"Ours (OBP has no such method): whether a payment was posted under transactionRequestId and, if so, its "+
			"debit leg's transaction id. This server asks it when makePaymentv210 left the outcome unknown (a "+
			"timeout, a lost answer), so the request is completed or failed as the core banking system says.",
		func(ctx context.Context, b port.Connector, out OutBoundGetTransferOutcome) (TransferOutcome, error) {
			id, posted, err := b.DebitLegOf(ctx, out.TransactionRequestID.Value)
			if !posted {
				id = ""
			}
			return TransferOutcome{Posted: posted, TransactionID: ID{id}}, err
		})
)

// OutBoundGetDoubleEntryBookTransaction asks for both legs of a transaction's movement.
type OutBoundGetDoubleEntryBookTransaction struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
	TransactionID              ID                         `json:"transactionId"`
}

// InBoundGetDoubleEntryBookTransaction answers getDoubleEntryBookTransaction.
type InBoundGetDoubleEntryBookTransaction = InBound[DoubleEntryTransaction]

// DoubleEntryTransaction is OBP's record of a movement's two legs, by id. The
// transaction request fields are OBP's optional ones (this server sends the transfer id
// as the request id, on the debit leg's account). DebitTransaction and CreditTransaction
// are ours: the legs in full.
type DoubleEntryTransaction struct {
	TransactionRequestBankID    *ID `json:"transactionRequestBankId,omitempty"`
	TransactionRequestAccountID *ID `json:"transactionRequestAccountId,omitempty"`
	TransactionRequestID        *ID `json:"transactionRequestId,omitempty"`
	DebitTransactionBankID      ID  `json:"debitTransactionBankId"`
	DebitTransactionAccountID   ID  `json:"debitTransactionAccountId"`
	DebitTransactionID          ID  `json:"debitTransactionId"`
	CreditTransactionBankID     ID  `json:"creditTransactionBankId"`
	CreditTransactionAccountID  ID  `json:"creditTransactionAccountId"`
	CreditTransactionID         ID  `json:"creditTransactionId"`
	// DebitTransaction and CreditTransaction are ours: both legs as getTransaction answers them.
	DebitTransaction  *TransactionCommons `json:"debitTransaction,omitempty"`
	CreditTransaction *TransactionCommons `json:"creditTransaction,omitempty"`
}

func newDoubleEntryTransaction(debit, credit TransactionCommons) DoubleEntryTransaction {
	out := DoubleEntryTransaction{
		DebitTransactionBankID: debit.ThisAccount.BankID, DebitTransactionAccountID: debit.ThisAccount.AccountID, DebitTransactionID: debit.ID,
		CreditTransactionBankID: credit.ThisAccount.BankID, CreditTransactionAccountID: credit.ThisAccount.AccountID, CreditTransactionID: credit.ID,
		DebitTransaction: &debit, CreditTransaction: &credit}
	if debit.TransferID != "" {
		out.TransactionRequestBankID, out.TransactionRequestAccountID = &debit.ThisAccount.BankID, &debit.ThisAccount.AccountID
		out.TransactionRequestID = &ID{debit.TransferID}
	}
	return out
}

// OutBoundGetCounterpartiesFromTransaction asks for the other sides of an account's transactions.
type OutBoundGetCounterpartiesFromTransaction struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
}

// InBoundGetCounterpartiesFromTransaction answers getCounterpartiesFromTransaction.
type InBoundGetCounterpartiesFromTransaction = InBound[[]TransactionCounterparty]

// OutBoundGetTransferOutcome asks whether a payment was posted (ours).
type OutBoundGetTransferOutcome struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	// TransactionRequestID is makePaymentv210's transactionRequestId.
	TransactionRequestID ID `json:"transactionRequestId"`
}

// InBoundGetTransferOutcome answers getTransferOutcome.
type InBoundGetTransferOutcome = InBound[TransferOutcome]

// TransferOutcome is a payment's outcome (ours): posted, with its debit leg's
// transaction id (what makePaymentv210 answered or would have), or never posted.
type TransferOutcome struct {
	Posted        bool `json:"posted"`
	TransactionID ID   `json:"transactionId"`
}
