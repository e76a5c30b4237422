package accounts

import (
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

type holderJSON struct {
	Name    string `json:"name"`
	IsAlias bool   `json:"is_alias"`
}

type thisAccountJSON struct {
	ID              string         `json:"id"`
	BankRouting     wire.Routing   `json:"bank_routing"`
	AccountRoutings []wire.Routing `json:"account_routings"`
	Holders         []holderJSON   `json:"holders"`
}

type otherAccountJSON struct {
	ID              string         `json:"id"`
	Holder          holderJSON     `json:"holder"`
	BankRouting     wire.Routing   `json:"bank_routing"`
	AccountRoutings []wire.Routing `json:"account_routings"`
}

type transactionDetailsJSON struct {
	Type        string      `json:"type"`
	Description string      `json:"description"`
	Posted      string      `json:"posted"`
	Completed   string      `json:"completed"`
	NewBalance  wire.Amount `json:"new_balance"`
	Value       wire.Amount `json:"value"`
}

// transactionMetadataJSON is OBP's TransactionMetadataJSON less where: this server keeps
// no where tags, and OBP's schema types where an object (LocationJSONV121), never null.
type transactionMetadataJSON struct {
	Narrative string   `json:"narrative"`
	Comments  []string `json:"comments"`
	Tags      []string `json:"tags"`
	Images    []string `json:"images"`
}

// transactionJSON is OBP's TransactionJsonV300, before moderation.
type transactionJSON struct {
	ID                    string                  `json:"id"`
	ThisAccount           thisAccountJSON         `json:"this_account"`
	OtherAccount          otherAccountJSON        `json:"other_account"`
	Details               transactionDetailsJSON  `json:"details"`
	Metadata              transactionMetadataJSON `json:"metadata"`
	TransactionAttributes []string                `json:"transaction_attributes"`
}

type transactionsJSON struct {
	Transactions []map[string]any `json:"transactions"`
}

type accountRefJSON struct {
	BankID    string `json:"bank_id"`
	AccountID string `json:"account_id"`
}

// historicalPostJSON is OBP's PostHistoricalTransactionJson.
type historicalPostJSON struct {
	From         accountRefJSON `json:"from"`
	To           accountRefJSON `json:"to"`
	Value        wire.Amount    `json:"value"`
	Description  string         `json:"description"`
	Posted       string         `json:"posted"`
	Completed    string         `json:"completed"`
	Type         string         `json:"type"`
	ChargePolicy string         `json:"charge_policy"`
}

// toHistorical reads the body's times (RFC 3339; completed defaults to posted).
func (in historicalPostJSON) toHistorical() (transaction.Historical, error) {
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
		From: account.Ref{BankID: in.From.BankID, AccountID: in.From.AccountID}, To: account.Ref{BankID: in.To.BankID, AccountID: in.To.AccountID},
		Currency: in.Value.Currency, Amount: in.Value.Amount, Description: in.Description, Type: in.Type, Posted: posted, Completed: completed}, nil
}

// historicalJSON is OBP's PostHistoricalTransactionResponseJson.
type historicalJSON struct {
	TransactionID          string         `json:"transaction_id"`
	From                   accountRefJSON `json:"from"`
	To                     accountRefJSON `json:"to"`
	Value                  wire.Amount    `json:"value"`
	Description            string         `json:"description"`
	Posted                 string         `json:"posted"`
	Completed              string         `json:"completed"`
	TransactionRequestType string         `json:"transaction_request_type"`
	ChargePolicy           string         `json:"charge_policy"`
}

// toTransactionJSON renders one leg as seen from its own account.
func toTransactionJSON(t transaction.Transaction, this account.Account, holders map[string]user.User) transactionJSON {
	names := make([]holderJSON, 0, len(this.HolderIDs))
	for _, id := range this.HolderIDs {
		names = append(names, holderJSON{Name: holders[id].Username})
	}
	return transactionJSON{
		ID: t.ID,
		ThisAccount: thisAccountJSON{ID: this.ID, BankRouting: wire.Routing{Scheme: "OBP", Address: this.BankID},
			AccountRoutings: wire.FromRoutings(this.Routings), Holders: names},
		OtherAccount: otherAccountJSON{ID: t.Other.AccountID, Holder: holderJSON{Name: t.OtherHolder},
			BankRouting: wire.Routing{Scheme: "OBP", Address: t.Other.BankID}, AccountRoutings: []wire.Routing{{Scheme: "OBP", Address: t.Other.AccountID}}},
		Details: transactionDetailsJSON{Type: t.Type, Description: t.Description, Posted: wire.Time(t.Posted), Completed: wire.Time(t.Completed),
			NewBalance: wire.FromMoney(t.NewBalance),
			Value:      wire.FromMoney(t.Amount)},
		Metadata:              transactionMetadataJSON{Comments: []string{}, Tags: []string{}, Images: []string{}},
		TransactionAttributes: []string{},
	}
}

func toHistoricalJSON(in historicalPostJSON, p transaction.Posted) historicalJSON {
	return historicalJSON{TransactionID: p.Debit.TransferID, From: in.From, To: in.To,
		Value: wire.FromMoney(p.Credit.Amount), Description: in.Description,
		Posted: wire.Time(p.Debit.Posted), Completed: wire.Time(p.Debit.Completed), TransactionRequestType: p.Debit.Type, ChargePolicy: in.ChargePolicy}
}

// exampleTransaction is a transaction as the owner view shows it.
var exampleTransaction = func() map[string]any {
	m, _ := handlers.Moderate(toTransactionJSON(transaction.Transaction{ID: "5995d6a2-01b3-423c-a173-5481df49bdaf", BankID: "gh.29.uk",
		AccountID: wire.ExampleAccount.ID, Other: account.Ref{BankID: "gh.29.uk", AccountID: "7d3c0b4e-2f61-4a4d-a2f5-0e1c8b5a9f21"},
		OtherHolder: "susan", Type: "SANDBOX_TAN", Description: "Rent", Amount: money.Money{Currency: "EUR", Minor: -50000}, NewBalance: money.Money{Currency: "EUR", Minor: 125000},
		Posted: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC), Completed: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)},
		wire.ExampleAccount, nil), transactionShape, exampleOwnerView)
	return m
}()
