package auth

import (
	"context"
	"crypto/sha256"
	"errors"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// DefaultTokenLifetime is OBP's: four weeks.
const DefaultTokenLifetime = 4 * 7 * 24 * time.Hour

// Principal is an authenticated caller.
type Principal struct {
	UserID     string
	Username   string
	ConsumerID string
	TokenID    string
	// AuthenticatedAt is when the user last proved their password: the DirectLogin
	// token's issue time (zero for a Consent-JWT).
	AuthenticatedAt time.Time
	PerMinuteLimit  int // the consumer's call limits
	PerHourLimit    int
	// ConsentID is set when a Consent-JWT authenticated the call; UserID is then the
	// consent's own user and OnBehalfOf the user who gave the consent.
	ConsentID  string
	OnBehalfOf string
	// Method is how the caller authenticated.
	Method Method
	// Scope narrows a scoped access token's user; nil for every other caller.
	Scope *Scope
}

// Deps are the ports and settings authentication is built over.
type Deps struct {
	Users     user.Store
	Consumers consumer.Store
	Tokens    TokenStore
	Signer    *Signer
	Provider  string        // the provider of local users (this server's hostname)
	Lifetime  time.Duration // 0: DefaultTokenLifetime
	Clock     clock.Clock
}

// Service logs users in and authenticates their tokens.
type Service struct {
	users     user.Store
	consumers consumer.Store
	tokens    TokenStore
	signer    *Signer
	provider  string
	lifetime  time.Duration
	clock     clock.Clock
	states    *stateCache
	bearers   *PrincipalCache
}

// NewService returns authentication over d's ports.
func NewService(d Deps) *Service {
	if d.Lifetime <= 0 {
		d.Lifetime = DefaultTokenLifetime
	}
	return &Service{users: d.Users, consumers: d.Consumers, tokens: d.Tokens, signer: d.Signer, provider: d.Provider,
		lifetime: d.Lifetime, clock: d.Clock, states: newStateCache(), bearers: NewPrincipalCache()}
}

// StatesChanged drops the token states and bearer callers held in memory: the store
// calls it when it changes one in this process, and the change feed when another
// process did.
func (s *Service) StatesChanged() {
	s.states.flush()
	s.bearers.Flush()
}

// BearerCallers is the cache of bearer-token callers that StatesChanged flushes, for
// the authenticators of other token kinds to hold their callers in.
func (s *Service) BearerCallers() *PrincipalCache { return s.bearers }

func (s *Service) now() time.Time { return s.clock.Now() }

// Login checks a DirectLogin and returns a fresh token and the consumer's id.
func (s *Service) Login(ctx context.Context, p DirectLoginParams) (token, consumerID string, err error) {
	if missing := p.MissingForLogin(); len(missing) > 0 {
		return "", "", obperr.DirectLoginMissingParameters.With("%s", strings.Join(missing, ", "))
	}
	c, err := s.consumers.GetConsumerByKey(ctx, p.ConsumerKey)
	if errors.Is(err, obperr.ConsumerNotFoundByID) || err == nil && !c.Enabled {
		return "", "", obperr.InvalidConsumerKey
	}
	if err != nil {
		return "", "", err
	}
	u, err := s.CheckPassword(ctx, p.Username, p.Password)
	if err != nil {
		return "", "", err
	}
	lifetime := s.lifetime
	if lifetime <= 0 {
		lifetime = DefaultTokenLifetime
	}
	now := s.now()
	t := Token{ID: ids.New(), UserID: u.ID, ConsumerID: c.ID, CreatedAt: now, ExpiresAt: now.Add(lifetime)}
	if err := s.tokens.CreateToken(ctx, t); err != nil {
		return "", "", err
	}
	signed, err := s.signer.sign(t)
	if err != nil {
		return "", "", err
	}
	return signed, c.ID, nil
}

// CheckPassword is the one password check of every login (DirectLogin, the OAuth2 login
// page): a wrong password counts towards the lockout, a right one resets the count, a
// locked user is refused, and an unknown user costs the same as a wrong password and is
// refused with the same error.
func (s *Service) CheckPassword(ctx context.Context, username, password string) (user.User, error) {
	u, err := s.users.GetUserByUsername(ctx, s.provider, username)
	if errors.Is(err, obperr.UserNotFoundByProviderAndUsername) {
		user.CheckNoUser(password) // same cost as a wrong password: reveals nothing
		return user.User{}, obperr.InvalidLoginCredentials
	}
	if err != nil {
		return user.User{}, err
	}
	if u.Locked() {
		return user.User{}, obperr.UsernameHasBeenLocked
	}
	if !user.CheckPassword(u.PasswordHash, password) {
		if _, err := s.users.RecordFailedLogin(ctx, u.ID, user.MaxFailedLogins, s.now()); err != nil {
			return user.User{}, err
		}
		return user.User{}, obperr.InvalidLoginCredentials
	}
	if u.FailedLogins > 0 {
		if err := s.users.ResetFailedLogins(ctx, u.ID); err != nil {
			return user.User{}, err
		}
	}
	return u, nil
}

// Authenticate verifies a token and that it is still good: not revoked or expired, its
// user not locked, its consumer enabled. The state is read once from the database and
// then held in memory until something changes it: every change flushes it in every
// process (StatesChanged), so a revocation or a lock still holds at once everywhere.
func (s *Service) Authenticate(ctx context.Context, token string) (Principal, error) {
	c, err := s.verified(token)
	if err != nil {
		return Principal{}, err
	}
	st, err := s.tokenState(ctx, c.ID)
	if err != nil {
		return Principal{}, err
	}
	switch {
	case st.UserID != c.Subject || st.ConsumerID != c.ConsumerID:
		return Principal{}, obperr.DirectLoginInvalidToken
	case st.RevokedAt != nil || !s.now().Before(st.ExpiresAt):
		return Principal{}, obperr.DirectLoginInvalidToken
	case st.UserLocked:
		return Principal{}, obperr.UsernameHasBeenLocked
	case !st.ConsumerEnabled:
		return Principal{}, obperr.ConsumerIsDisabled
	}
	return Principal{UserID: st.UserID, Username: st.Username, ConsumerID: st.ConsumerID, TokenID: st.ID,
		AuthenticatedAt: st.CreatedAt.UTC(), PerMinuteLimit: st.PerMinuteLimit, PerHourLimit: st.PerHourLimit,
		Method: MethodDirectLogin}, nil
}

// verified is the token's claims: checked now, or remembered from an earlier check of
// the same bytes (its signature, algorithm and issuer cannot have changed; its expiry is
// checked again).
func (s *Service) verified(token string) (claims, error) {
	key := sha256.Sum256([]byte(token))
	if c, ok := s.states.claimsOf(key); ok {
		if c.ExpiresAt == nil || !s.now().Before(c.ExpiresAt.Time) {
			return claims{}, obperr.DirectLoginInvalidToken
		}
		return c, nil
	}
	c, err := s.signer.verify(token, s.now)
	if err == nil {
		s.states.putClaims(key, c)
	}
	return c, err
}

func (s *Service) tokenState(ctx context.Context, id string) (TokenState, error) {
	st, ok, gen := s.states.get(id)
	if ok {
		return st, nil
	}
	st, err := s.tokens.TokenState(ctx, id)
	if err == nil {
		s.states.put(st, gen)
	}
	return st, err
}

// Logout revokes the token the caller presented.
// Only a DirectLogin token ends here: an OAuth2 token is revoked at the authorization
// server's revocation endpoint, a scoped token by its creator, a consent by its owner.
func (s *Service) Logout(ctx context.Context, p Principal) error {
	if p.Method != MethodDirectLogin {
		return obperr.InvalidDirectLoginHeader.With("Only a DirectLogin token is ended here: revoke an OAuth2 token at /oauth2/revoke.")
	}
	return s.tokens.RevokeToken(ctx, p.TokenID, s.now())
}
