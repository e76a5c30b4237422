package consent

import (
	"context"
	"encoding/json"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// VRPRequest is a variable-recurring-payments consent request (OBP's
// PostVRPConsentRequestJsonV510): pay one payee from one account, within limits.
type VRPRequest struct {
	FromAccount VRPAccount `json:"from_account"`
	ToAccount   VRPPayee   `json:"to_account"`
	Email       string     `json:"email"`
	PhoneNumber string     `json:"phone_number"`
	ValidFrom   string     `json:"valid_from"`
	TimeToLive  *int64     `json:"time_to_live"`
}

// Routing is a routing as OBP's JSON writes it.
type Routing struct {
	Scheme  string `json:"scheme"`
	Address string `json:"address"`
}

func (r Routing) routing() routing.Routing {
	return routing.Routing{Scheme: r.Scheme, Address: r.Address}
}

// VRPAccount names the account payments are made from.
type VRPAccount struct {
	BankRouting    Routing `json:"bank_routing"`
	AccountRouting Routing `json:"account_routing"`
	BranchRouting  Routing `json:"branch_routing"`
}

// VRPPayee is the one payee and the limits of paying it.
type VRPPayee struct {
	CounterpartyName string   `json:"counterparty_name"`
	BankRouting      Routing  `json:"bank_routing"`
	AccountRouting   Routing  `json:"account_routing"`
	BranchRouting    Routing  `json:"branch_routing"`
	Limit            VRPLimit `json:"limit"`
}

// VRPLimit is OBP's counterparty limit as a VRP request writes it: amounts as decimal
// strings in Currency, counts as whole numbers; zero or absent means no such limit.
type VRPLimit struct {
	Currency                       string `json:"currency"`
	MaxSingleAmount                string `json:"max_single_amount"`
	MaxMonthlyAmount               string `json:"max_monthly_amount"`
	MaxNumberOfMonthlyTransactions int    `json:"max_number_of_monthly_transactions"`
	MaxYearlyAmount                string `json:"max_yearly_amount"`
	MaxNumberOfYearlyTransactions  int    `json:"max_number_of_yearly_transactions"`
	MaxTotalAmount                 string `json:"max_total_amount"`
	MaxNumberOfTransactions        int    `json:"max_number_of_transactions"`
}

// VRP sets up what a VRP consent grants: a custom view of its own on the paying account,
// the payee under that view, and the payee's limits, which payments through the view
// may never exceed (counted under concurrency by the payment side).
type VRP interface {
	// Check refuses a request whose payee or limits could never be set up (a bad
	// currency or amount, no routing): at once, when the app posts it.
	Check(r VRPRequest) error
	// Setup creates, for consent consentID given by userID, the custom view on from, the
	// payee under it and its limits. userID must hold a view on from that may pay
	// beneficiaries. It returns the view to grant and the payee's counterparty id.
	Setup(ctx context.Context, userID, consentID string, from account.Ref, r VRPRequest) (ViewGrant, string, error)
	// Discard removes what Setup made, when the consent could not be created after all.
	Discard(ctx context.Context, g ViewGrant, counterpartyID string) error
	// StillHeld is whether userID still holds a view on the account that may pay
	// beneficiaries: a VRP consent lasts only as long as its creator's right to pay.
	StillHeld(userID string, from account.Ref) bool
}

// createVRP turns a VRP consent request into an INITIATED consent: the paying account
// resolves only among the user's own (OBP-35037).
func (s *Service) createVRP(ctx context.Context, by call.Context, r Request, method, apiVersion string) (Consent, error) {
	if s.vrp == nil {
		return Consent{}, obperr.ConsentRequestIsInvalid.With("This server takes no VRP consents.")
	}
	var v VRPRequest
	if err := json.Unmarshal(r.Payload, &v); err != nil {
		return Consent{}, obperr.ConsentRequestIsInvalid.Wrap(err)
	}
	validFrom, err := ParseValidFrom(v.ValidFrom)
	if err != nil {
		return Consent{}, err
	}
	bankID := v.FromAccount.BankRouting.Address
	held, err := s.held.Held(ctx, bankID, by.UserID)
	if err != nil {
		return Consent{}, err
	}
	acc, ok := findHeld(held, v.FromAccount.AccountRouting.routing())
	if !ok || !s.vrp.StillHeld(by.UserID, acc.Ref()) {
		return Consent{}, obperr.ConsentAccountNotHeldByUser.With("%s %s", v.FromAccount.AccountRouting.Scheme, v.FromAccount.AccountRouting.Address)
	}
	return s.Create(ctx, by, New{BankID: acc.BankID, Method: method, ConsumerID: r.ConsumerID, ValidFrom: validFrom,
		TTL: v.TimeToLive, Phone: v.PhoneNumber, Email: v.Email, APIVersion: apiVersion, requestID: r.ID,
		vrp: &vrpSetup{from: acc.Ref(), request: v}})
}

// vrpSetup is what Create sets up for a VRP consent once every other check passed.
type vrpSetup struct {
	from    account.Ref
	request VRPRequest
}
