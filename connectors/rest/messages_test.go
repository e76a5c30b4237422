package rest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/transaction"
)

// examplesDir holds OBP's example connector messages (see its SOURCE.md); they are OBP's
// data and stay out of this repository.
func examplesDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("OBP_CONNECTOR_EXAMPLES")
	if dir == "" {
		dir = besideRepository(t, "shared", "reference", "obp-connector-examples")
	}
	if _, err := os.Stat(filepath.Join(dir, "getBank.outbound.json")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("OBP's example messages are not at %s: CI must replay them (set OBP_CONNECTOR_EXAMPLES): %v", dir, err)
		}
		t.Skipf("OBP's example messages are not at %s (set OBP_CONNECTOR_EXAMPLES): %v", dir, err)
	}
	return dir
}

// besideRepository is a path in the folder that holds the repository (where CI puts
// ../shared): the parent of the directory with go.mod.
func besideRepository(t *testing.T, elem ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(append([]string{filepath.Dir(d)}, elem...)...)
		}
	}
	return filepath.Join(elem...)
}

func readExample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(examplesDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// replay decodes the example into msg, encodes msg again and compares the two as JSON
// values, after removing from our encoding the @optional fields OBP's renderer drops
// (dotted paths) — each one named, so that no other difference passes.
func replay(t *testing.T, name string, msg any, optional ...string) {
	t.Helper()
	want := readExample(t, name)
	dec := json.NewDecoder(strings.NewReader(string(want)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(msg); err != nil {
		t.Fatalf("%s: decode: %v", name, err)
	}
	got, err := json.Marshal(msg)
	if err != nil {
		t.Fatal(err)
	}
	var g, w map[string]any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	for _, path := range optional {
		removePath(t, g, strings.Split(path, "."))
	}
	if !reflect.DeepEqual(g, w) {
		gi, _ := json.MarshalIndent(g, "", "  ")
		t.Errorf("%s: re-encoded message differs from OBP's\n got: %s\nwant: %s", name, gi, want)
	}
}

// removePath deletes one field our encoding must have; a path that is not there fails.
func removePath(t *testing.T, m map[string]any, path []string) {
	t.Helper()
	if len(path) > 1 {
		sub, ok := m[path[0]].(map[string]any)
		if !ok {
			t.Fatalf("no object %q in our encoding", path[0])
		}
		removePath(t, sub, path[1:])
		return
	}
	if _, ok := m[path[0]]; !ok {
		t.Fatalf("our encoding has no optional field %q", path[0])
	}
	delete(m, path[0])
}

func TestReplayGetBank(t *testing.T) {
	replay(t, "getBank.outbound.json", &OutBoundGetBank{})
	var in InBoundGetBank
	replay(t, "getBank.inbound.json", &in, "data.swiftBic", "data.nationalIdentifier")
	b := in.Data.Bank()
	if b.ID != "gh.29.uk" || b.ShortName != "bank shortName string" || b.FullName != "bank fullName string" ||
		b.Logo != "bank logoUrl string" || b.Website != "bank websiteUrl string" {
		t.Errorf("bank = %+v", b)
	}
	if want := []routing.Routing{{Scheme: "BIC", Address: "GENODEM1GLS"}}; !reflect.DeepEqual(b.Routings, want) {
		t.Errorf("routings = %+v, want %+v", b.Routings, want)
	}
	if in.Status.ErrorCode != "" || in.Status.BackendMessages[0].Duration != "5.123" {
		t.Errorf("status = %+v", in.Status)
	}
}

func TestReplayCheckBankAccountExists(t *testing.T) {
	replay(t, "checkBankAccountExists.outbound.json", &OutBoundCheckBankAccountExists{})
	var in InBoundCheckBankAccountExists
	replay(t, "checkBankAccountExists.inbound.json", &in, "data.label", "data.accountRules", "data.accountHolder")
	a, err := in.Data.Account()
	if err != nil {
		t.Fatal(err)
	}
	want := account.Account{BankID: "gh.29.uk", ID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0",
		Label: "bankAccount name string", Number: "bankAccount number string", ProductCode: "AC",
		BranchID: "DERBY6", Balance: money.Money{Currency: "EUR", Minor: 1000},
		Routings: []routing.Routing{{Scheme: "IBAN", Address: "DE91 1000 0000 0123 4567 89"}}}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("account = %+v\nwant %+v", a, want)
	}
	if !in.Data.LastUpdate.Equal(time.Date(2018, 3, 9, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("lastUpdate = %v", in.Data.LastUpdate)
	}
}

func TestReplayMakePaymentv210(t *testing.T) {
	var out OutBoundMakePaymentv210
	replay(t, "makePaymentv210.outbound.json", &out)
	var in InBoundMakePaymentv210
	replay(t, "makePaymentv210.inbound.json", &in)
	if in.Data.Value != "2fg8a7e4-6d02-40e3-a129-0b2bf89de8ub" {
		t.Errorf("transaction id = %q", in.Data.Value)
	}

	// Our message for the same payment has the example's shape and values, but for what
	// this server does not keep (rules, holder name, attributes) and its own amounts' decimals.
	from, err := out.FromAccount.Account()
	if err != nil {
		t.Fatal(err)
	}
	from.CreatedAt = out.FromAccount.LastUpdate.Time
	p := Payment{From: from, To: from, ChargePolicy: "SHARED", Transfer: transaction.Transfer{
		ID: out.TransactionRequestID.Value, Amount: money.Money{Currency: "EUR", Minor: 1012},
		Type: "SEPA", Description: out.Description}}
	ours := NewOutBoundMakePaymentv210(out.OutboundAdapterCallContext, p)
	out.FromAccount.Name, out.FromAccount.Balance = out.FromAccount.Label, "10.00"
	out.FromAccount.AccountRules, out.FromAccount.AccountHolder, out.FromAccount.Attributes = []AccountRule{}, "", []Attribute{}
	out.FromAccount.CreatedAt = Instant{out.FromAccount.LastUpdate.Time} // ours, omitted when zero: no example has it
	out.ToAccount = out.FromAccount
	if !reflect.DeepEqual(ours, out) {
		t.Errorf("built message = %+v\nwant %+v", ours, out)
	}

	// A transfer with what OBP's message lacks adds exactly our four fields, by these names.
	p.Transfer.Posted, p.Transfer.Completed = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), time.Date(2024, 1, 2, 3, 4, 6, 0, time.UTC)
	p.Transfer.AllowOverdraft, p.Transfer.RefundOf = true, "refunded-tx"
	withOurs, err := json.Marshal(NewOutBoundMakePaymentv210(out.OutboundAdapterCallContext, p))
	if err != nil {
		t.Fatal(err)
	}
	var g, w map[string]any
	example, _ := json.Marshal(out)
	if err := json.Unmarshal(withOurs, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(example, &w); err != nil {
		t.Fatal(err)
	}
	if g["posted"] != "2024-01-02T03:04:05Z" || g["completed"] != "2024-01-02T03:04:06Z" || g["allowOverdraft"] != true ||
		!reflect.DeepEqual(g["refundOf"], map[string]any{"value": "refunded-tx"}) {
		t.Errorf("our fields = posted %v, completed %v, allowOverdraft %v, refundOf %v", g["posted"], g["completed"], g["allowOverdraft"], g["refundOf"])
	}
	for _, ours := range []string{"posted", "completed", "allowOverdraft", "refundOf"} {
		removePath(t, g, []string{ours})
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("with our fields removed, the message differs from OBP's shape\n got: %s\nwant: %s", withOurs, example)
	}
}

func TestNewOutboundContextCarriesTheCallerAndTheirAuthContext(t *testing.T) {
	var example OutBoundGetBank
	if err := json.Unmarshal(readExample(t, "getBank.outbound.json"), &example); err != nil {
		t.Fatal(err)
	}
	loads := 0
	cc := call.Context{CorrelationID: "1flssoftxq0cr1nssr68u0mioj", UserID: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1",
		Username: "felixsmith", ConsumerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh",
		AuthContext: func(context.Context) ([]call.KeyValue, error) {
			loads++
			return []call.KeyValue{{Key: "CustomerNumber", Value: "5987953"}}, nil
		}}
	got, err := NewOutboundContext(context.Background(), cc)
	if err != nil {
		t.Fatal(err)
	}
	// This server keeps no sessions, general context, linked customers or auth views.
	want := example.OutboundAdapterCallContext
	want.SessionID, want.GeneralContext = "", nil
	want.OutboundAdapterAuthInfo.LinkedCustomers, want.OutboundAdapterAuthInfo.AuthViews = nil, nil
	if !reflect.DeepEqual(got, want) || loads != 1 {
		t.Errorf("envelope = %+v (auth context loaded %d times)\nwant %+v", got, loads, want)
	}

	anon, err := NewOutboundContext(context.Background(), call.Context{CorrelationID: "c"})
	if err != nil || anon.OutboundAdapterAuthInfo != nil {
		t.Errorf("anonymous envelope = %+v, %v; want no auth info", anon, err)
	}
}
