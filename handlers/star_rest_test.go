package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/rest/exampleadapter"
	domainclock "github.com/obp-go/obp/domain/clock"
	domainids "github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/internal/testenv"
)

// One bank is routed, method by method, to the example adapter over the REST connector
// (signed both ways), while the sandbox banks stay on mapped: the routed bank, its
// accounts and the money moved between them live in the adapter's store alone.
func TestStarRoutesOneBankToAnAdapter(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		store := testenv.OpenSQLite(t)
		secret := []byte(domainids.New() + domainids.New())
		h, err := exampleadapter.New(ctx, store, exampleadapter.Options{Version: "test", HMACSecret: secret})
		if err != nil {
			t.Fatal(err)
		}
		adapter := httptest.NewServer(h)
		t.Cleanup(adapter.Close)
		s := testenv.Start(t, db, app.Options{Sandbox: true, Connector: "star",
			Adapter: app.AdapterOptions{Signing: app.SignHMAC, AnswerSigning: app.SignHMAC, HMACSecret: secret}})
		adminTok := adminToken(t, s)
		admin := auth(adminTok)
		const bank = "routed.02.uk"
		for _, m := range port.Methods {
			r := s.Do(t, http.MethodPost, methodRoutingsPath, fmt.Sprintf(`{"method_name": "%s", "connector_name": "rest_vMar2019",
				"is_bank_id_exact_match": true, "bank_id_pattern": "%s", "parameters": [{"key": "url", "value": "%s"}]}`, m, bank, adapter.URL), admin...)
			if r.Status != 201 {
				t.Fatalf("routing %s: %d %s", m, r.Status, r.Body)
			}
		}
		if r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", `{"id": "`+bank+`", "bank_code": "RTD", "full_name": "Routed Bank"}`, admin...); r.Status != 201 {
			t.Fatalf("create the routed bank: %d %s", r.Status, r.Body)
		}
		openAccount(t, s, adminTok, bank, "a", "EUR")
		openAccount(t, s, adminTok, bank, "b", "EUR")
		if r := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/historical/transactions", `{"from": {"bank_id": "`+bank+`", "account_id": "a"},
			"to": {"bank_id": "`+bank+`", "account_id": "b"}, "value": {"currency": "EUR", "amount": "50.00"}, "description": "import",
			"posted": "2026-01-02T03:04:05Z"}`, admin...); r.Status != 201 {
			t.Fatalf("historical transfer at the routed bank: %d %s", r.Status, r.Body)
		}
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+bank+"/accounts/b/owner/transaction-request-types/ACCOUNT/transaction-requests",
			`{"to": {"bank_id": "`+bank+`", "account_id": "a"}, "value": {"currency": "EUR", "amount": "20.00"}, "description": "back"}`, admin...)
		if r.Status != 201 || r.JSON(t)["status"] != "COMPLETED" {
			t.Fatalf("payment at the routed bank: %d %s", r.Status, r.Body)
		}
		for acc, want := range map[string]string{"a": "-30.00", "b": "30.00"} {
			g := s.Get(t, "/obp/v5.1.0/banks/"+bank+"/accounts/"+acc+"/balances", admin...)
			if got := g.JSON(t)["balances"].([]any)[0].(map[string]any)["amount"]; g.Status != 200 || got != want {
				t.Errorf("balance of %s = %v (%d); want %s", acc, got, g.Status, want)
			}
		}
		if _, err := mapped.NewConnector(store, domainclock.System).GetBank(ctx, bank); err != nil {
			t.Errorf("the routed bank is not in the adapter's store: %v", err)
		}
		if _, err := mapped.NewConnector(db, domainclock.System).GetBank(ctx, bank); err == nil {
			t.Error("the routed bank was written to the server's own tables")
		}
		if g := s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current/owner/account", auth(sandboxToken(t, s, "ellie"))...); g.Status != 200 {
			t.Errorf("a mapped bank's account: %d %s", g.Status, g.Body)
		}
	})
}
