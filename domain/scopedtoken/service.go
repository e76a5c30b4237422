package scopedtoken

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

// Deps are the ports the service is built over.
type Deps struct {
	Store  Store
	Users  Users
	Access AccountAccess
	// Served is whether an operation id is one the server serves (the registry's).
	Served func(operationID string) bool
	// AccountBound is whether an operation is about one account (its path names the
	// ACCOUNT_ID the token's account list bounds) or public: the only ones a token may
	// permit. An operation about the user at large (the current user, all their
	// accounts) would show the creator what the token's limits do not bound.
	AccountBound func(operationID string) bool
	Clock        clock.Clock
}

// Service creates, lists, revokes, refreshes and authenticates scoped access tokens.
type Service struct {
	store        Store
	users        Users
	access       AccountAccess
	served       func(string) bool
	accountBound func(string) bool
	clock        clock.Clock
}

// NewService returns the service over d.
func NewService(d Deps) *Service {
	return &Service{store: d.Store, users: d.Users, access: d.Access, served: d.Served, accountBound: d.AccountBound, clock: d.Clock}
}

var _ auth.BearerAuthenticator = (*Service)(nil)

// ownCredentials refuses a caller who is not a user with their own credentials and app:
// a scoped token could otherwise mint a wider one, and a consent is not its user's say.
func ownCredentials(p auth.Principal) error {
	if p.UserID == "" || p.ConsumerID == "" || p.Scope != nil || p.ConsentID != "" || p.Method == auth.MethodScopedToken {
		return obperr.ScopedTokenCreatorMethod
	}
	return nil
}

// Create makes a token for n.UserID at bankID. The creator hands on only what they hold:
// every listed account must be one they have a view on (OBP-20912). The token's calls
// use the creator's app (its limits; disabling it stops the token).
func (s *Service) Create(ctx context.Context, creator auth.Principal, bankID string, n New) (Issued, error) {
	if err := ownCredentials(creator); err != nil {
		return Issued{}, err
	}
	access, err := ParseAccess(n.Access)
	if err != nil {
		return Issued{}, err
	}
	life, err := LifeOf(n.Life)
	if err != nil {
		return Issued{}, err
	}
	ips, err := ParseAllowedIPs(n.AllowedIPs)
	if err != nil {
		return Issued{}, err
	}
	accounts, err := accountIDs(n.AccountIDs)
	if err != nil {
		return Issued{}, err
	}
	ops, err := operationIDs(n.OperationIDs, s.served, s.accountBound)
	if err != nil {
		return Issued{}, err
	}
	if !ids.Valid(n.UserID) {
		return Issued{}, obperr.UserNotFoundByID
	}
	if _, err := s.users.GetUser(ctx, n.UserID); err != nil {
		return Issued{}, err
	}
	for _, id := range accounts {
		if len(s.access.ViewsOnAccount(creator.UserID, account.Ref{BankID: bankID, AccountID: id})) == 0 {
			return Issued{}, obperr.ScopedTokenAccountNotHeld.With("%s", id)
		}
	}
	now := s.clock.Now()
	t := Token{ID: ids.New(), CreatedByUserID: creator.UserID, UserID: n.UserID, ConsumerID: creator.ConsumerID, BankID: bankID,
		Access: access, AccountIDs: accounts, AllowedIPs: ips, OperationIDs: ops, CreatedAt: now, ExpiresAt: now.Add(life)}
	t.RefreshBefore = t.nextRefreshBefore(now)
	value, hash := newValue()
	if err := s.store.CreateScopedToken(ctx, t, hash); err != nil {
		return Issued{}, err
	}
	return Issued{Token: t, Value: value}, nil
}

// Listed is a token as its creator sees it: without its value, with its state now.
type Listed struct {
	Token
	Status Status
}

// List is the tokens the caller created at bankID, without values.
func (s *Service) List(ctx context.Context, creator auth.Principal, bankID string) ([]Listed, error) {
	if err := ownCredentials(creator); err != nil {
		return nil, err
	}
	ts, err := s.store.ListScopedTokens(ctx, creator.UserID, bankID)
	if err != nil {
		return nil, err
	}
	now := s.clock.Now()
	out := make([]Listed, len(ts))
	for i, t := range ts {
		out[i] = Listed{Token: t, Status: t.Status(now)}
	}
	return out, nil
}

// Revoke revokes a token the caller created at bankID; another's is not found, as one
// that does not exist (OBP-20918). Revoking a revoked token again succeeds.
func (s *Service) Revoke(ctx context.Context, creator auth.Principal, bankID, id string) error {
	if err := ownCredentials(creator); err != nil {
		return err
	}
	if !ids.Valid(id) {
		return obperr.ScopedTokenNotFound
	}
	found, err := s.store.RevokeScopedToken(ctx, id, creator.UserID, bankID, s.clock.Now())
	if err == nil && !found {
		return obperr.ScopedTokenNotFound
	}
	return err
}

// Refresh keeps the caller's scoped token good for another RefreshWindow, never past its
// life. The value does not change (see README: a lost answer must not lose the token).
func (s *Service) Refresh(ctx context.Context, p auth.Principal) (Token, error) {
	if p.Method != auth.MethodScopedToken || p.Scope == nil {
		return Token{}, obperr.ScopedTokenRequired
	}
	t, err := s.store.ScopedToken(ctx, p.TokenID)
	if errors.Is(err, ErrNotFound) {
		return Token{}, obperr.Oauth2BadJWT.With("No scoped access token has this value.")
	}
	if err != nil {
		return Token{}, err
	}
	now := s.clock.Now()
	if err := t.refusal(now); err != nil {
		return Token{}, err
	}
	until := t.nextRefreshBefore(now)
	ok, err := s.store.ExtendScopedToken(ctx, t.ID, now, until)
	if err != nil {
		return Token{}, err
	}
	if !ok { // revoked or lapsed since it was read
		if t, err = s.store.ScopedToken(ctx, t.ID); err != nil {
			return Token{}, err
		}
		if err := t.refusal(now); err != nil {
			return Token{}, err
		}
		return Token{}, obperr.ScopedTokenRevoked
	}
	t.RefreshBefore = until
	return t, nil
}

// Recognises implements auth.BearerAuthenticator: a scoped token has the prefix.
func (s *Service) Recognises(token string) bool { return Recognises(token) }

// Authenticate implements auth.BearerAuthenticator: the token's user, narrowed by its
// scope, through the creator's app. A token past its refresh window is marked revoked.
func (s *Service) Authenticate(ctx context.Context, value string) (auth.Principal, error) {
	if !wellFormed(value) {
		return auth.Principal{}, obperr.Oauth2BadJWT.With("The scoped access token is malformed.")
	}
	h, err := s.store.ScopedTokenByHash(ctx, Hash(value))
	if errors.Is(err, ErrNotFound) {
		return auth.Principal{}, obperr.Oauth2BadJWT.With("No scoped access token has this value.")
	}
	if err != nil {
		return auth.Principal{}, err
	}
	now := s.clock.Now()
	if refused := h.refusal(now); refused != nil {
		if h.RevokedAt == nil && h.Status(now) == Lapsed {
			if err := s.store.LapseScopedToken(ctx, h.ID); err != nil {
				return auth.Principal{}, err
			}
		}
		return auth.Principal{}, refused
	}
	switch {
	case h.UserLocked:
		return auth.Principal{}, obperr.UsernameHasBeenLocked
	case !h.ConsumerEnabled:
		return auth.Principal{}, obperr.ConsumerIsDisabled
	}
	return auth.Principal{UserID: h.UserID, Username: h.Username, ConsumerID: h.ConsumerID, TokenID: h.ID,
		PerMinuteLimit: h.PerMinuteLimit, PerHourLimit: h.PerHourLimit, Method: auth.MethodScopedToken, Scope: h.Scope()}, nil
}
