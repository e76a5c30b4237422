package rest

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/transaction"
)

func sorted(s ...string) []string { sort.Strings(s); return s }

// roundTripJSON encodes in and decodes it into out.
func roundTripJSON(t *testing.T, in, out any) {
	t.Helper()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatal(err)
	}
}

var (
	legAt   = time.Date(2024, 1, 2, 12, 30, 45, 0, time.UTC)
	legThis = account.Account{BankID: "gh.29.uk", ID: "acc-1", Label: "Main", Number: "123", ProductCode: "CURRENT",
		Balance: money.Money{Currency: "EUR", Minor: 500}, CreatedAt: legAt}
	leg = transaction.Transaction{ID: "tx-1", BankID: "gh.29.uk", AccountID: "acc-1", TransferID: "tr-1",
		Other: account.Ref{BankID: "gh.29.uk", AccountID: "acc-2"}, OtherHolder: "felixsmith", Type: "SEPA",
		Description: "rent", Amount: money.Money{Currency: "EUR", Minor: -1012}, NewBalance: money.Money{Currency: "EUR", Minor: 500},
		Posted: legAt, Completed: legAt.Add(time.Hour)}
)

// OBP's message classes, field for field; ours only where named.
func TestTransactionMessagesUseOBPsFieldNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    any
		want []string
	}{
		{"OutBoundGetTransactions", newOutBoundGetTransactions(OutboundAdapterCallContext{}, leg.Ref(), transaction.Query{Limit: 5}),
			sorted("outboundAdapterCallContext", "bankId", "accountId", "limit", "offset", "fromDate", "toDate", "sortDirection")},
		{"OutBoundGetTransaction", OutBoundGetTransaction{},
			sorted("outboundAdapterCallContext", "bankId", "accountId", "transactionId")},
		{"TransactionCommons", NewTransactionCommons(leg, legThis),
			sorted("uuid", "id", "thisAccount", "otherAccount", "transactionType", "amount", "currency", "description",
				"startDate", "finishDate", "balance", "transferId")},
		{"Counterparty", TransactionCounterparty{},
			sorted("nationalIdentifier", "kind", "counterpartyId", "counterpartyName", "thisBankId", "thisAccountId",
				"otherBankRoutingScheme", "otherBankRoutingAddress", "otherAccountRoutingScheme", "otherAccountRoutingAddress",
				"otherAccountProvider", "isBeneficiary")},
		{"OutBoundGetDoubleEntryBookTransaction", OutBoundGetDoubleEntryBookTransaction{},
			sorted("outboundAdapterCallContext", "bankId", "accountId", "transactionId")},
		{"DoubleEntryTransaction without ours", DoubleEntryTransaction{},
			sorted("debitTransactionBankId", "debitTransactionAccountId", "debitTransactionId",
				"creditTransactionBankId", "creditTransactionAccountId", "creditTransactionId")},
		{"DoubleEntryTransaction", newDoubleEntryTransaction(NewTransactionCommons(leg, legThis), NewTransactionCommons(leg, legThis)),
			sorted("transactionRequestBankId", "transactionRequestAccountId", "transactionRequestId",
				"debitTransactionBankId", "debitTransactionAccountId", "debitTransactionId",
				"creditTransactionBankId", "creditTransactionAccountId", "creditTransactionId",
				"debitTransaction", "creditTransaction")},
		{"OutBoundGetCounterpartiesFromTransaction", OutBoundGetCounterpartiesFromTransaction{},
			sorted("outboundAdapterCallContext", "bankId", "accountId")},
		{"OutBoundGetTransferOutcome", OutBoundGetTransferOutcome{}, sorted("outboundAdapterCallContext", "transactionRequestId")},
		{"TransferOutcome", TransferOutcome{}, sorted("posted", "transactionId")},
	} {
		if got := keys(t, tc.v); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s encodes %v; want %v", tc.name, got, tc.want)
		}
	}
}

func TestCounterpartyMessagesUseOBPsFieldNames(t *testing.T) {
	traits := sorted("createdByUserId", "name", "description", "currency", "thisBankId", "thisAccountId", "thisViewId",
		"counterpartyId", "otherAccountRoutingScheme", "otherAccountRoutingAddress", "otherAccountSecondaryRoutingScheme",
		"otherAccountSecondaryRoutingAddress", "otherBankRoutingScheme", "otherBankRoutingAddress", "otherBranchRoutingScheme",
		"otherBranchRoutingAddress", "isBeneficiary", "bespoke")
	create := sorted("outboundAdapterCallContext", "name", "description", "currency", "createdByUserId", "thisBankId",
		"thisAccountId", "thisViewId", "otherAccountRoutingScheme", "otherAccountRoutingAddress",
		"otherAccountSecondaryRoutingScheme", "otherAccountSecondaryRoutingAddress", "otherBankRoutingScheme",
		"otherBankRoutingAddress", "otherBranchRoutingScheme", "otherBranchRoutingAddress", "isBeneficiary", "bespoke")
	for _, tc := range []struct {
		name string
		v    any
		want []string
	}{
		{"CounterpartyTraitCommons without ours", CounterpartyTraitCommons{}, traits},
		{"CounterpartyTraitCommons", NewCounterpartyTraitCommons(payee), sorted(append(traits, "createdAt")...)},
		{"OutBoundCreateCounterparty without ours", OutBoundCreateCounterparty{}, create},
		{"OutBoundCreateCounterparty", newOutBoundCreateCounterparty(OutboundAdapterCallContext{}, payee),
			sorted(append(create, "counterpartyId", "createdAt")...)},
		{"OutBoundGetCounterparties without ours", OutBoundGetCounterparties{},
			sorted("outboundAdapterCallContext", "thisBankId", "thisAccountId", "viewId")},
		{"OutBoundGetCounterpartyByCounterpartyId", OutBoundGetCounterpartyByCounterpartyID{},
			sorted("outboundAdapterCallContext", "counterpartyId")},
		{"OutBoundCheckCounterpartyExists", OutBoundCheckCounterpartyExists{},
			sorted("outboundAdapterCallContext", "name", "thisBankId", "thisAccountId", "thisViewId")},
		{"OutBoundDeleteCounterpartyByCounterpartyId", OutBoundDeleteCounterpartyByCounterpartyID{},
			sorted("outboundAdapterCallContext", "counterpartyId")},
	} {
		if got := keys(t, tc.v); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s encodes %v; want %v", tc.name, got, tc.want)
		}
	}
}

func TestTransactionSurvivesTheMessage(t *testing.T) {
	var r TransactionCommons
	roundTripJSON(t, NewTransactionCommons(leg, legThis), &r)
	got, err := r.Transaction()
	if err != nil || !reflect.DeepEqual(got, leg) {
		t.Errorf("transaction after the message = %+v, %v\nwant %+v", got, err, leg)
	}
	if r.Amount != "-10.12" || r.Balance != "5.00" || r.StartDate.Format(dateLayout) != "2024-01-02T12:30:45Z" {
		t.Errorf("amount %q, balance %q, startDate %v; want OBP's decimal strings and date", r.Amount, r.Balance, r.StartDate)
	}
	r.Amount = "10.123"
	if _, err := r.Transaction(); err == nil {
		t.Error("an amount with more decimals than EUR has was read; want an error")
	}
}

// An adapter that names the other side by IBAN names no account of this server.
func TestOtherAccountOnlyFromOBPRoutings(t *testing.T) {
	c := TransactionCounterparty{CounterpartyName: "Landlord", OtherBankRoutingScheme: "BIC", OtherBankRoutingAddress: "GENODEM1GLS",
		OtherAccountRoutingScheme: "IBAN", OtherAccountRoutingAddress: "DE91 1000 0000 0123 4567 89"}
	if got := c.OtherAccount(); got != (transaction.OtherAccount{Holder: "Landlord"}) {
		t.Errorf("other account = %+v; want the holder only", got)
	}
}

func TestQuerySurvivesTheMessage(t *testing.T) {
	for _, q := range []transaction.Query{
		{Limit: 10},
		{Limit: 2, Offset: 1, Descending: true},
		{Limit: 10, From: legAt, To: legAt.Add(24 * time.Hour)},
	} {
		var out OutBoundGetTransactions
		roundTripJSON(t, newOutBoundGetTransactions(OutboundAdapterCallContext{}, leg.Ref(), q), &out)
		if got, err := out.query(); err != nil || !reflect.DeepEqual(got, q) {
			t.Errorf("query %+v after the message = %+v, %v", q, got, err)
		}
	}
	// As OBP-API sends them: Java's Date.toString, and its defaults for no bounds.
	out := OutBoundGetTransactions{Limit: 50, FromDate: "Thu Jan 01 00:00:00 UTC 1970", ToDate: "Tue Jan 02 12:30:45 UTC 2024"}
	if got, err := out.query(); err != nil || !got.From.IsZero() || !got.To.Equal(legAt) || got.Descending {
		t.Errorf("OBP's query = %+v, %v; want no lower bound, %v, oldest first", got, err, legAt)
	}
	if _, err := (OutBoundGetTransactions{FromDate: "yesterday"}).query(); err == nil {
		t.Error("fromDate \"yesterday\" was read; want an error")
	}
}

var payee = counterparty.Counterparty{ID: "cp-1", Name: "Landlord", Description: "rent", Currency: "EUR",
	CreatedByUserID: "user-1", ThisBankID: "gh.29.uk", ThisAccountID: "acc-1", ThisViewID: "owner",
	OtherAccountRouting:          routing.Routing{Scheme: "OBP", Address: "acc-2"},
	OtherAccountSecondaryRouting: routing.Routing{Scheme: "IBAN", Address: "DE91 1000 0000 0123 4567 89"},
	OtherBankRouting:             routing.Routing{Scheme: "OBP", Address: "gh.29.uk"},
	OtherBranchRouting:           routing.Routing{Scheme: "OBP", Address: "branch-1"},
	IsBeneficiary:                true, Bespoke: []counterparty.Bespoke{{Key: "englishName", Value: "Landlord"}, {Key: "note", Value: ""}},
	CreatedAt: legAt}

func TestCounterpartySurvivesTheMessages(t *testing.T) {
	var out OutBoundCreateCounterparty
	roundTripJSON(t, newOutBoundCreateCounterparty(OutboundAdapterCallContext{}, payee), &out)
	if got := out.counterparty(); !reflect.DeepEqual(got, payee) {
		t.Errorf("counterparty after OutBoundCreateCounterparty = %+v\nwant %+v", got, payee)
	}
	var r CounterpartyTraitCommons
	roundTripJSON(t, NewCounterpartyTraitCommons(payee), &r)
	if got := r.Counterparty(); !reflect.DeepEqual(got, payee) {
		t.Errorf("counterparty after CounterpartyTraitCommons = %+v\nwant %+v", got, payee)
	}
	none := payee
	none.Bespoke, none.CreatedAt = nil, time.Time{}
	if b, _ := json.Marshal(NewCounterpartyTraitCommons(none)); !strings.Contains(string(b), `"bespoke":[]`) {
		t.Errorf("no bespoke pairs encode as %s; want \"bespoke\":[] (lists are never null)", b)
	}
}
