package payment

import (
	"context"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/counterpartylimit"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

// Limits are the counterparty limits payments are held to, and the one way to store a
// request paid under one.
type Limits interface {
	// LimitOn is the limit on paying counterpartyID from ref through viewID; found is
	// false when there is none.
	LimitOn(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (l counterpartylimit.Limit, found bool, err error)
	// ViewHasLimits reports whether viewID has any counterparty limit on ref.
	ViewHasLimits(ctx context.Context, ref account.Ref, viewID string) (bool, error)
	// CreateTransactionRequestWithin stores r as Store.CreateTransactionRequest does, and
	// its usage of the limit limitID, in one database transaction that holds the limit
	// locked: the limit as read under the lock must admit r (Limit.Admit on the usage in
	// r.Created's month and year), or nothing is written and its refusal is returned.
	CreateTransactionRequestWithin(ctx context.Context, r Request, limitID string) error
}

// limitFor is the limit r is paid under, nil when none, or a refusal (OBP-30268). The rule:
//   - a COUNTERPARTY payment to a counterparty with a limit under the view is held to it,
//     through any view, and must be in the limit's currency;
//   - a view is limited on an account when it has counterparty limits there and does
//     not grant can_add_transaction_request_to_any_account, or is a VRP consent's view
//     (counterpartylimit.VRPViewPrefix) whatever its limits: through a limited view only
//     COUNTERPARTY payments to a counterparty with a limit under that view are allowed.
//
// So a VRP consent's user, who holds only the consent's view, pays only its payee, and
// only within its limit; an owner who caps one payee keeps paying others freely.
func (s *Service) limitFor(ctx context.Context, by call.Context, n New) (*counterpartylimit.Limit, error) {
	if s.limits == nil {
		return nil, nil
	}
	if n.Type == Counterparty {
		l, found, err := s.limits.LimitOn(ctx, n.From, n.ViewID, n.CounterpartyID)
		if err != nil {
			return nil, err
		}
		if found {
			if n.Currency != l.Currency {
				return nil, obperr.CounterpartyLimitValidationError.With("The payment's currency %s is not the limit's (%s).", n.Currency, l.Currency)
			}
			return &l, nil
		}
	}
	limited := counterpartylimit.IsVRPView(n.ViewID)
	if !limited && !s.checks.CanOnView(by.UserID, n.From, n.ViewID, view.CanAddTransactionRequestToAnyAccount) {
		var err error
		if limited, err = s.limits.ViewHasLimits(ctx, n.From, n.ViewID); err != nil {
			return nil, err
		}
	}
	if limited {
		return nil, obperr.CounterpartyLimitValidationError.With("View %s pays only counterparties with a limit under it.", n.ViewID)
	}
	return nil, nil
}
