package handlers

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/user"
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

type transactionMetadataJSON struct {
	Narrative string   `json:"narrative"`
	Comments  []string `json:"comments"`
	Tags      []string `json:"tags"`
	Images    []string `json:"images"`
	Where     *string  `json:"where"`
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
