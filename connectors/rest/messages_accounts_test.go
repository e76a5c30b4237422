package rest

import (
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// keys are the JSON names of v's top-level fields as encoded.
func keys(t *testing.T, v any) []string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// The account messages carry OBP's parameter names (JsonsTransfer.scala); ours only where
// named, and only when set.
func TestAccountMessagesUseOBPNames(t *testing.T) {
	occ := OutboundAdapterCallContext{CorrelationID: "c"}
	id := "attr-1"
	for name, tc := range map[string]struct {
		msg  any
		want []string
	}{
		"getBankAccounts": {OutBoundGetBankAccounts{OutboundAdapterCallContext: occ},
			[]string{"bankIdAccountIds", "outboundAdapterCallContext"}},
		"getAccountsHeld": {OutBoundGetAccountsHeld{OutboundAdapterCallContext: occ},
			[]string{"bankId", "outboundAdapterCallContext", "user"}},
		"getAccountsHeldByUser": {OutBoundGetAccountsHeldByUser{OutboundAdapterCallContext: occ},
			[]string{"outboundAdapterCallContext", "user"}},
		"user": {UserCommons{}, []string{"emailAddress", "idGivenByProvider", "name", "provider", "userId", "userPrimaryKey"}},
		"createBankAccount (OBP's only)": {newOutBoundCreateBankAccount(occ, account.Account{Balance: money.Money{Currency: "EUR"}}),
			[]string{"accountHolderName", "accountId", "accountLabel", "accountRoutings", "accountType", "bankId", "branchId",
				"currency", "initialBalance", "outboundAdapterCallContext"}},
		"createBankAccount (with ours)": {newOutBoundCreateBankAccount(occ, account.Account{Number: "1", HolderIDs: []string{"u"}, Balance: money.Money{Currency: "EUR"}}),
			[]string{"accountHolderName", "accountId", "accountLabel", "accountNumber", "accountRoutings", "accountType", "bankId",
				"branchId", "currency", "holderIds", "initialBalance", "outboundAdapterCallContext"}},
		"updateAccountLabel": {OutBoundUpdateAccountLabel{}, []string{"accountId", "bankId", "label", "outboundAdapterCallContext"}},
		"getAccountAttributesByAccount": {OutBoundGetAccountAttributesByAccount{},
			[]string{"accountId", "bankId", "outboundAdapterCallContext"}},
		"createOrUpdateAccountAttribute": {OutBoundCreateOrUpdateAccountAttribute{ProductAttributeID: &id},
			[]string{"accountAttributeType", "accountId", "bankId", "name", "outboundAdapterCallContext", "productAttributeId",
				"productCode", "value"}},
		"AccountAttributeCommons": {AccountAttributeCommons{}, []string{"accountAttributeId", "accountId", "attributeType", "bankId",
			"name", "productCode", "value"}},
		"getChallengeThreshold": {OutBoundGetChallengeThreshold{}, []string{"accountId", "bankId", "currency",
			"outboundAdapterCallContext", "transactionRequestType", "userId", "username", "viewId"}},
		"getBankAccountByRouting": {OutBoundGetBankAccountByRouting{}, []string{"address", "outboundAdapterCallContext", "scheme"}},
		"BankAccountCommons (OBP's only)": {FromAccount(account.Account{}), []string{"accountHolder", "accountId", "accountRoutings",
			"accountRules", "accountType", "attributes", "balance", "bankId", "branchId", "currency", "label", "lastUpdate", "name", "number"}},
	} {
		if got := keys(t, tc.msg); !slices.Equal(got, tc.want) {
			t.Errorf("%s encodes %v; want %v", name, got, tc.want)
		}
	}
}

// An account survives OBP's record and back: to the second, in UTC, as OBP's date format carries it.
func TestAccountSurvivesBankAccountCommons(t *testing.T) {
	a := account.Account{BankID: "b", ID: "a", Label: "Main", Number: "123", ProductCode: "CURRENT", BranchID: "DERBY6",
		Balance:   money.Money{Currency: "JPY", Minor: 1500},
		Routings:  []routing.Routing{{Scheme: "IBAN", Address: "DE89370400440532013000"}, {Scheme: "ACCOUNT_NUMBER", Address: "123"}},
		HolderIDs: []string{"u-1", "u-2"}, CreatedAt: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)}
	b, err := json.Marshal(FromAccount(a))
	if err != nil {
		t.Fatal(err)
	}
	var back BankAccountCommons
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	got, err := back.Account()
	if err != nil || !reflect.DeepEqual(got, a) {
		t.Errorf("after %s\ngot  %+v, %v\nwant %+v", b, got, err, a)
	}
}

func TestCreateBankAccountMessageCarriesTheAccount(t *testing.T) {
	a := account.Account{BankID: "b", ID: "a", Label: "Main", Number: "123", ProductCode: "CURRENT", BranchID: "br",
		Balance:   money.Money{Currency: "EUR", Minor: 0},
		Routings:  []routing.Routing{{Scheme: "IBAN", Address: "DE89370400440532013000"}},
		HolderIDs: []string{"u-1"}}
	b, err := json.Marshal(newOutBoundCreateBankAccount(OutboundAdapterCallContext{}, a))
	if err != nil {
		t.Fatal(err)
	}
	var out OutBoundCreateBankAccount
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.InitialBalance != "0.00" {
		t.Errorf("initialBalance = %q; want OBP's decimal string 0.00", out.InitialBalance)
	}
	if got, err := out.account(); err != nil || !reflect.DeepEqual(got, a) {
		t.Errorf("account() = %+v, %v\nwant %+v", got, err, a)
	}
	out.InitialBalance = "1,5"
	if _, err := out.account(); !errors.Is(err, obperr.InvalidAccountBalanceAmount) {
		t.Errorf("account() of balance 1,5 = %v; want OBP-30106", err)
	}
}

func TestThresholdIsMinorUnitsOfTheCurrencyAskedFor(t *testing.T) {
	for _, tc := range []struct {
		amount, answered, asked string
		want                    int64
		invalid                 bool
	}{
		{"1000", "EUR", "EUR", 100000, false},
		{"1000.5", "EUR", "EUR", 100050, false},
		{"1000.00", "JPY", "JPY", 1000, false}, // OBP's BigDecimal with zeros JPY has no digits for
		{"1000.50", "JPY", "JPY", 0, true},
		{"1000", "EUR", "USD", 0, true}, // this server keeps no exchange rates
		{"", "EUR", "EUR", 0, true},
		{"1e3", "EUR", "EUR", 0, true},
	} {
		got, err := threshold(AmountOfMoney{Currency: tc.answered, Amount: tc.amount}, tc.asked)
		if tc.invalid != errors.Is(err, obperr.InvalidConnectorResponseForGetChallengeThreshold) || got != tc.want {
			t.Errorf("threshold(%s %s for %s) = %d, %v; want %d (invalid: %v)", tc.amount, tc.answered, tc.asked, got, err, tc.want, tc.invalid)
		}
	}
}

// An adapter that answers getBankAccounts with an account not asked for gave no valid
// answer (OBP-50201); the accounts asked for come back in the order asked.
func TestGetBankAccountsKeepsTheOrderAndRefusesAccountsNotAskedFor(t *testing.T) {
	extra := false
	_, c := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		var out OutBoundGetBankAccounts
		decodeOut(t, r, "getBankAccounts", &out)
		list := []BankAccountCommons{}
		for i := len(out.BankIDAccountIDs) - 1; i >= 0; i-- {
			ref := out.BankIDAccountIDs[i].ref()
			list = append(list, FromAccount(account.Account{BankID: ref.BankID, ID: ref.AccountID, Balance: money.Money{Currency: "EUR"}}))
		}
		if extra {
			list = append(list, FromAccount(account.Account{BankID: "b", ID: "other", Balance: money.Money{Currency: "EUR"}}))
		}
		reply(w, ok, list)
	})
	conn := NewConnector(c)
	refs := []account.Ref{{BankID: "b", AccountID: "1"}, {BankID: "b", AccountID: "2"}}
	got, err := conn.GetBankAccounts(callCtx(), refs)
	if err != nil || len(got) != 2 || got[0].Ref() != refs[0] || got[1].Ref() != refs[1] {
		t.Errorf("GetBankAccounts = %+v, %v; want %v in that order", got, err, refs)
	}
	extra = true
	if _, err := conn.GetBankAccounts(callCtx(), refs); !errors.Is(err, obperr.InvalidConnectorResponseForGetBankAccounts) {
		t.Errorf("GetBankAccounts answered with another account = %v; want OBP-50201", err)
	}
}

// A name the account has already travels with its id, so an OBP adapter replaces it.
func TestCreateOrUpdateAccountAttributeSendsTheIDOfTheNameItReplaces(t *testing.T) {
	var sent *string
	_, c := newAdapter(t, func(w http.ResponseWriter, r *http.Request, _ int32) {
		stored := AccountAttributeCommons{BankID: ID{"b"}, AccountID: ID{"a"}, AccountAttributeID: "attr-1", Name: "LIMIT", AttributeType: "INTEGER", Value: "1"}
		if r.URL.Path == "/restConnector/getAccountAttributesByAccount" {
			reply(w, ok, []AccountAttributeCommons{stored})
			return
		}
		var out OutBoundCreateOrUpdateAccountAttribute
		decodeOut(t, r, "createOrUpdateAccountAttribute", &out)
		sent = out.ProductAttributeID
		stored.Name, stored.Value = out.Name, out.Value
		if out.ProductAttributeID == nil {
			stored.AccountAttributeID = "attr-2"
		}
		reply(w, ok, stored)
	})
	conn := NewConnector(c)
	ref := account.Ref{BankID: "b", AccountID: "a"}
	got, err := conn.CreateOrUpdateAccountAttribute(callCtx(), ref, account.Attribute{Name: "LIMIT", Type: "INTEGER", Value: "2"})
	if err != nil || sent == nil || *sent != "attr-1" || got.ID != "attr-1" || got.Value != "2" {
		t.Errorf("replacing LIMIT sent productAttributeId %v and returned %+v, %v; want attr-1 both", sent, got, err)
	}
	got, err = conn.CreateOrUpdateAccountAttribute(callCtx(), ref, account.Attribute{Name: "NOTE", Type: "STRING", Value: "x"})
	if err != nil || sent != nil || got.ID != "attr-2" {
		t.Errorf("a new name sent productAttributeId %v and returned %+v, %v; want none and the new id", sent, got, err)
	}
}
