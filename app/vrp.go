package app

import (
	"context"
	"errors"
	"sort"
	"strings"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/counterpartylimit"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/view"
)

// vrpPermissions are all a VRP consent's view grants: paying a beneficiary and reading
// the payee, its limit and the requests made. Through it, payments reach only the
// counterparties with a limit under it (payment's limited-view rule).
var vrpPermissions = []view.Permission{view.CanAddTransactionRequestToBeneficiary, view.CanGetCounterparty,
	view.CanGetCounterpartyLimit, view.CanSeeTransactionRequests, view.CanSeeTransactionRequestTypes}

// viewChecks answers from the authorization cache which views a user holds and what they grant.
type viewChecks interface {
	ViewsOnAccount(userID string, ref account.Ref) []string
	CanOnView(userID string, ref account.Ref, viewID string, p view.Permission) bool
}

// vrp implements consent.VRP over the view, counterparty and limit services.
type vrp struct {
	views          *view.Service
	counterparties *counterparty.Service
	limits         *counterpartylimit.Service
	checks         viewChecks
}

var _ consent.VRP = (*vrp)(nil)

// vrpPort is the VRP port for the consent service.
func (s *services) vrpPort(o Options) consent.VRP {
	return &vrp{views: s.views, counterparties: s.counterparties, limits: s.counterpartyLimits(o), checks: s.roles}
}

func toRouting(r consent.Routing) routing.Routing {
	return routing.Routing{Scheme: r.Scheme, Address: r.Address}
}

func vrpLimit(l consent.VRPLimit) counterpartylimit.New {
	return counterpartylimit.New{Currency: l.Currency, MaxSingleAmount: l.MaxSingleAmount, MaxMonthlyAmount: l.MaxMonthlyAmount,
		MaxNumberOfMonthlyTransactions: int64(l.MaxNumberOfMonthlyTransactions), MaxYearlyAmount: l.MaxYearlyAmount,
		MaxNumberOfYearlyTransactions: int64(l.MaxNumberOfYearlyTransactions), MaxTotalAmount: l.MaxTotalAmount,
		MaxNumberOfTransactions: int64(l.MaxNumberOfTransactions), Field: "/to_account/limit"}
}

// Check implements consent.VRP: the payee has a name and an account routing, and its
// limit a currency and well-formed, non-negative amounts and counts (zero: no such cap).
func (v *vrp) Check(r consent.VRPRequest) error {
	to := r.ToAccount
	if strings.TrimSpace(to.CounterpartyName) == "" {
		return obperr.InvalidJSONContent.Field("/to_account/counterparty_name", "counterparty_name must not be empty.")
	}
	if strings.TrimSpace(to.AccountRouting.Scheme) == "" || strings.TrimSpace(to.AccountRouting.Address) == "" {
		return obperr.InvalidJSONContent.Field("/to_account/account_routing", "The payee's account routing needs a scheme and an address.")
	}
	if !money.ValidCurrency(to.Limit.Currency) {
		return obperr.InvalidISOCurrencyCode.Field("/to_account/limit/currency", "currency: got %q.", to.Limit.Currency)
	}
	return vrpLimit(to.Limit).Check()
}

// Setup implements consent.VRP. The view is made through one of userID's own views on
// from that may pay beneficiaries and make custom views, so it never grants more than
// userID holds; it is granted to no one here.
func (v *vrp) Setup(ctx context.Context, userID, consentID string, from account.Ref, r consent.VRPRequest) (consent.ViewGrant, string, error) {
	if err := v.Check(r); err != nil {
		return consent.ViewGrant{}, "", err
	}
	viewID := counterpartylimit.VRPViewPrefix + shortID(consentID)
	if err := v.createView(ctx, userID, from, viewID, consentID); err != nil {
		return consent.ViewGrant{}, "", err
	}
	g := consent.ViewGrant{BankID: from.BankID, AccountID: from.AccountID, ViewID: viewID}
	to := r.ToAccount
	cp, err := v.counterparties.Create(ctx, userID, from, viewID, counterparty.New{Name: to.CounterpartyName,
		Description: "VRP consent " + consentID, Currency: to.Limit.Currency, IsBeneficiary: true,
		OtherAccountRouting: toRouting(to.AccountRouting), OtherBankRouting: toRouting(to.BankRouting),
		OtherBranchRouting: toRouting(to.BranchRouting)})
	if err != nil {
		return consent.ViewGrant{}, "", errors.Join(err, v.Discard(context.WithoutCancel(ctx), g, ""))
	}
	if _, err := v.limits.Create(ctx, from, viewID, cp.ID, vrpLimit(to.Limit)); err != nil {
		return consent.ViewGrant{}, "", errors.Join(err, v.Discard(context.WithoutCancel(ctx), g, cp.ID))
	}
	return g, cp.ID, nil
}

// createView makes the consent's view through the first of userID's views that can.
func (v *vrp) createView(ctx context.Context, userID string, from account.Ref, viewID, consentID string) error {
	allowed := make([]string, len(vrpPermissions))
	for i, p := range vrpPermissions {
		allowed[i] = string(p)
	}
	in := view.CustomView{Name: viewID, Description: "VRP consent " + consentID, MetadataView: viewID, AllowedActions: allowed}
	var last error = obperr.ConsentAccountNotHeldByUser
	for _, through := range v.payingViews(userID, from) {
		if !v.checks.CanOnView(userID, from, through, view.CanCreateCustomView) {
			continue
		}
		_, err := v.views.CreateCustom(ctx, from, view.Acting{UserID: userID, ViewID: through}, in)
		if err == nil {
			return nil
		}
		last = err
	}
	return last
}

// Discard implements consent.VRP: the limit, the payee and the view go, whichever exist.
func (v *vrp) Discard(ctx context.Context, g consent.ViewGrant, counterpartyID string) error {
	ref := account.Ref{BankID: g.BankID, AccountID: g.AccountID}
	var errs []error
	if counterpartyID != "" {
		if err := v.limits.Delete(ctx, ref, g.ViewID, counterpartyID); err != nil && !gone(err) {
			errs = append(errs, err)
		}
		if err := v.counterparties.Delete(ctx, ref, g.ViewID, counterpartyID); err != nil && !gone(err) {
			errs = append(errs, err)
		}
	}
	if err := v.views.DeleteCustom(ctx, ref, g.ViewID); err != nil && !gone(err) {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func gone(err error) bool {
	return errors.Is(err, obperr.GetCounterpartyLimitError) || errors.Is(err, obperr.CounterpartyNotFoundByCounterpartyID) ||
		errors.Is(err, obperr.ViewNotFound)
}

// StillHeld implements consent.VRP from the authorization cache.
func (v *vrp) StillHeld(userID string, from account.Ref) bool {
	return len(v.payingViews(userID, from)) > 0
}

// payingViews are userID's views on from that may pay beneficiaries, owner first; a VRP
// consent's own view never counts.
func (v *vrp) payingViews(userID string, from account.Ref) []string {
	var out []string
	for _, id := range v.checks.ViewsOnAccount(userID, from) {
		if counterpartylimit.IsVRPView(id) {
			continue
		}
		if v.checks.CanOnView(userID, from, id, view.CanAddTransactionRequestToBeneficiary) ||
			v.checks.CanOnView(userID, from, id, view.CanAddTransactionRequestToAnyAccount) {
			out = append(out, id)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i] == view.Owner && out[j] != view.Owner })
	return out
}

// shortID is the first 16 hexadecimal digits of a consent id: unique enough among one
// account's views, and a valid custom view id.
func shortID(consentID string) string {
	s := strings.ReplaceAll(consentID, "-", "")
	if len(s) > 16 {
		s = s[:16]
	}
	return s
}
