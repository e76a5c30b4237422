package payments

import (
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/handlers/wire"
)

// historicalAtBankPostJSON is OBP's PostHistoricalTransactionAtBankJson.
type historicalAtBankPostJSON struct {
	FromAccountID string      `json:"from_account_id"`
	ToAccountID   string      `json:"to_account_id"`
	Value         wire.Amount `json:"value"`
	Description   string      `json:"description"`
	Posted        string      `json:"posted"`
	Completed     string      `json:"completed"`
	Type          string      `json:"type"`
	ChargePolicy  string      `json:"charge_policy"`
}

// toHistorical takes both accounts at bankID and reads the body's times (RFC 3339;
// completed defaults to posted).
func (in historicalAtBankPostJSON) toHistorical(bankID string) (transaction.Historical, error) {
	posted, err := time.Parse(time.RFC3339, in.Posted)
	if err != nil {
		return transaction.Historical{}, obperr.InvalidDateFormat.Field("/posted", "posted=%q: want RFC 3339, e.g. 2024-01-01T09:00:00Z", in.Posted)
	}
	completed := posted
	if in.Completed != "" {
		if completed, err = time.Parse(time.RFC3339, in.Completed); err != nil {
			return transaction.Historical{}, obperr.InvalidDateFormat.Field("/completed", "completed=%q: want RFC 3339", in.Completed)
		}
	}
	return transaction.Historical{
		From: account.Ref{BankID: bankID, AccountID: in.FromAccountID}, To: account.Ref{BankID: bankID, AccountID: in.ToAccountID},
		Currency: in.Value.Currency, Amount: in.Value.Amount, Description: in.Description, Type: in.Type, Posted: posted, Completed: completed}, nil
}

// historicalAccountJSON is OBP's HistoricalTransactionAccountJsonV310 for an account.
type historicalAccountJSON struct {
	BankID    string `json:"bank_id"`
	AccountID string `json:"account_id"`
}

// historicalAtBankJSON is OBP's PostHistoricalTransactionResponseJson.
type historicalAtBankJSON struct {
	TransactionID          string                `json:"transaction_id"`
	From                   historicalAccountJSON `json:"from"`
	To                     historicalAccountJSON `json:"to"`
	Value                  wire.Amount           `json:"value"`
	Description            string                `json:"description"`
	Posted                 string                `json:"posted"`
	Completed              string                `json:"completed"`
	TransactionRequestType string                `json:"transaction_request_type"`
	ChargePolicy           string                `json:"charge_policy"`
}

func toHistoricalAtBankJSON(in historicalAtBankPostJSON, h transaction.Historical, p transaction.Posted) historicalAtBankJSON {
	return historicalAtBankJSON{TransactionID: p.Debit.TransferID,
		From:  historicalAccountJSON{BankID: h.From.BankID, AccountID: h.From.AccountID},
		To:    historicalAccountJSON{BankID: h.To.BankID, AccountID: h.To.AccountID},
		Value: wire.FromMoney(p.Credit.Amount), Description: in.Description, Posted: wire.Time(p.Debit.Posted),
		Completed: wire.Time(p.Debit.Completed), TransactionRequestType: p.Debit.Type, ChargePolicy: in.ChargePolicy}
}
