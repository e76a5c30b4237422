package app

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// sandboxServices are the services over a fresh, seeded SQLite database.
func sandboxServices(t *testing.T) *services {
	t.Helper()
	ctx := context.Background()
	db, err := mapped.Open(filepath.Join(t.TempDir(), "obp.db"), mapped.DefaultPool)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	o := Options{DB: db, AutoMigrate: true, Sandbox: true, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Info: handlers.Info{Hostname: "http://127.0.0.1"}, AdminUsername: "admin", AdminPassword: "Sandbox-Admin-Password-1",
		ConsumerKey: "testconsumerkey0123456789abcdefghijklmn", Payments: PaymentOptions{ScaMethod: "DUMMY"}}
	if err := migrate(ctx, o); err != nil {
		t.Fatal(err)
	}
	svc, err := newServices(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.seeder(o).Seed(ctx); err != nil {
		t.Fatal(err)
	}
	return svc
}

func vrpRequest() consent.VRPRequest {
	return consent.VRPRequest{ToAccount: consent.VRPPayee{CounterpartyName: "Omar's rent",
		BankRouting:    consent.Routing{Scheme: "OBP", Address: "gh.29.uk"},
		AccountRouting: consent.Routing{Scheme: "IBAN", Address: "GB93GHBK40291700000002"},
		Limit:          consent.VRPLimit{Currency: "GBP", MaxSingleAmount: "2000.00", MaxNumberOfTransactions: 2}}}
}

func TestVRPCheckRefusesWhatCouldNeverBeSetUp(t *testing.T) {
	v := &vrp{}
	if err := v.Check(vrpRequest()); err != nil {
		t.Fatalf("a good request: %v", err)
	}
	for name, c := range map[string]struct {
		change func(*consent.VRPRequest)
		code   *obperr.Code
	}{
		"no name":          {func(r *consent.VRPRequest) { r.ToAccount.CounterpartyName = " " }, obperr.InvalidJSONContent},
		"no routing":       {func(r *consent.VRPRequest) { r.ToAccount.AccountRouting.Address = "" }, obperr.InvalidJSONContent},
		"bad currency":     {func(r *consent.VRPRequest) { r.ToAccount.Limit.Currency = "pounds" }, obperr.InvalidISOCurrencyCode},
		"bad amount":       {func(r *consent.VRPRequest) { r.ToAccount.Limit.MaxMonthlyAmount = "1,00" }, obperr.InvalidAmount},
		"negative amount":  {func(r *consent.VRPRequest) { r.ToAccount.Limit.MaxTotalAmount = "-5" }, obperr.InvalidAmount},
		"negative count":   {func(r *consent.VRPRequest) { r.ToAccount.Limit.MaxNumberOfYearlyTransactions = -1 }, obperr.InvalidNumber},
		"too many decimal": {func(r *consent.VRPRequest) { r.ToAccount.Limit.MaxSingleAmount = "1.001" }, obperr.InvalidAmount},
	} {
		r := vrpRequest()
		c.change(&r)
		if err := v.Check(r); !errors.Is(err, c.code) {
			t.Errorf("%s: %v, want %s", name, err, c.code.ID)
		}
	}
}

// Setup makes a view that pays only the payee, within its limit; the challenge of a
// payment under the consent goes to the human who gave it; Discard removes it all.
func TestVRPSetupPaysOnlyThePayeeWithinItsLimitAndDiscardRemovesIt(t *testing.T) {
	ctx := context.Background()
	svc := sandboxServices(t)
	v := svc.vrpPort(Options{}).(*vrp)
	user := func(name string) string {
		u, err := svc.store.GetUserByUsername(ctx, "http://127.0.0.1", name)
		if err != nil {
			t.Fatal(err)
		}
		return u.ID
	}
	ellie, omar := user("ellie"), user("omar")
	from := account.Ref{BankID: "gh.29.uk", AccountID: "ellie-current"}
	if !v.StillHeld(ellie, from) || v.StillHeld(omar, from) {
		t.Fatalf("StillHeld: ellie %v, omar %v; want true, false", v.StillHeld(ellie, from), v.StillHeld(omar, from))
	}
	g, cpID, err := v.Setup(ctx, ellie, "1f0c9a52-7d3e-4b8a-9c61-2e4d5f6a7b8c", from, vrpRequest())
	if err != nil {
		t.Fatal(err)
	}
	if g != (consent.ViewGrant{BankID: "gh.29.uk", AccountID: "ellie-current", ViewID: "_vrp-1f0c9a527d3e4b8a"}) || cpID == "" {
		t.Fatalf("Setup = %+v, %q", g, cpID)
	}
	vw, err := svc.views.Get(ctx, from, g.ViewID)
	if err != nil {
		t.Fatal(err)
	}
	if !vw.Can(view.CanAddTransactionRequestToBeneficiary) || vw.Can(view.CanAddTransactionRequestToAnyAccount) || vw.Can(view.CanAddCounterparty) {
		t.Errorf("the VRP view grants %v", vw.Allowed)
	}
	if slices.Contains(svc.roles.ViewsOnAccount(omar, from), g.ViewID) || slices.Contains(svc.roles.ViewsOnAccount(ellie, from), g.ViewID) {
		t.Fatal("Setup granted the view to someone")
	}
	// The consent grants its view to its own user on acceptance; omar stands in for it.
	if _, err := svc.views.Grant(ctx, from, view.Acting{UserID: ellie, ViewID: view.Owner}, omar, g.ViewID); err != nil {
		t.Fatal(err)
	}
	other, err := svc.counterparties.Create(ctx, ellie, from, view.Owner, counterparty.New{Name: "Elsewhere", Currency: "GBP",
		IsBeneficiary: true, OtherAccountRouting: routing.Routing{Scheme: "IBAN", Address: "GB93GHBK40291700000002"}})
	if err != nil {
		t.Fatal(err)
	}
	by := call.Context{UserID: omar, ConsentID: "1f0c9a52-7d3e-4b8a-9c61-2e4d5f6a7b8c", OnBehalfOf: ellie}
	pay := func(counterpartyID, amount string) (payment.Result, error) {
		return svc.payments.Create(ctx, by, payment.New{From: from, ViewID: g.ViewID, Type: payment.Counterparty,
			Currency: "GBP", Amount: amount, CounterpartyID: counterpartyID, Details: "{}"})
	}
	if _, err := pay(other.ID, "1.00"); !errors.Is(err, obperr.CounterpartyLimitValidationError) {
		t.Errorf("paying another payee of the account: %v, want OBP-30268", err)
	}
	if _, err := pay(cpID, "2000.01"); !errors.Is(err, obperr.CounterpartyLimitValidationError) {
		t.Errorf("over max_single_amount: %v, want OBP-30268", err)
	}
	if r, err := pay(cpID, "5.00"); err != nil || r.Request.Status != payment.Completed {
		t.Errorf("within the limit: %+v, %v", r.Request, err)
	}
	r, err := pay(cpID, "1500.00") // above the challenge threshold
	if err != nil || len(r.Challenges) != 1 || r.Challenges[0].UserID != ellie {
		t.Errorf("the challenge of a consent's payment goes to the human: %+v, %v", r.Challenges, err)
	}
	if _, err := pay(cpID, "1.00"); !errors.Is(err, obperr.CounterpartyLimitValidationError) {
		t.Errorf("a third payment with max_number_of_transactions 2 (one awaiting its answer): %v, want OBP-30268", err)
	}

	if err := v.Discard(ctx, g, cpID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.views.Get(ctx, from, g.ViewID); !errors.Is(err, obperr.ViewNotFound) {
		t.Errorf("the view after Discard: %v", err)
	}
	if _, err := svc.counterparties.Beneficiary(ctx, from, cpID); !errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) {
		t.Errorf("the payee after Discard: %v", err)
	}
	if _, found, err := svc.store.LimitOn(ctx, from, g.ViewID, cpID); found || err != nil {
		t.Errorf("the limit after Discard: found %v, %v", found, err)
	}
	if err := v.Discard(ctx, g, cpID); err != nil {
		t.Errorf("a second Discard: %v", err)
	}
	if !strings.HasPrefix(g.ViewID, "_vrp-") {
		t.Errorf("view id %q", g.ViewID)
	}
}
