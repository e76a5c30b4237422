// Package oauth2 holds what the embedded OAuth2 / OpenID Connect authorization server
// keeps and decides outside the protocol library: the records of issued grants (by the
// HMAC signature of each code or token, never the token), the login sessions and pending
// authorization requests of the login and consent pages, the consents users gave to apps,
// the scopes offered, and which consumers are public clients.
package oauth2

import (
	"context"
	"errors"
	"time"
)

// Kind is what a stored record stands for.
type Kind string

// The kinds of record, one per storage role of the protocol library.
const (
	KindCode    Kind = "code"    // an authorization code
	KindAccess  Kind = "access"  // an access token
	KindRefresh Kind = "refresh" // a refresh token
	KindPKCE    Kind = "pkce"    // the PKCE challenge of an authorization code
	KindOIDC    Kind = "oidc"    // the OpenID Connect request of an authorization code
	KindPAR     Kind = "par"     // a pushed authorization request (by its request_uri)
)

// Record is one stored grant: the authorization request it comes from, keyed by the
// signature of the code or token (or the PAR request_uri). Every token issued from one
// authorization shares its RequestID: revoking a family is revoking a request id.
type Record struct {
	Kind            Kind
	Signature       string
	RequestID       string
	ClientID        string // the consumer key
	Subject         string // the user id; "" for an app-only (client credentials) grant
	RequestedAt     time.Time
	Scopes          []string
	GrantedScopes   []string
	Audience        []string
	GrantedAudience []string
	// Form is the request's parameters, URL-encoded, without any credential (see Sanitise).
	Form string
	// Session is the protocol session (claims, expiry times), JSON.
	Session         []byte
	Active          bool
	ExpiresAt       time.Time
	AccessSignature string // for a refresh token: the access token issued with it
}

// ErrNotFound is a record, session or request that does not exist (or has gone).
var ErrNotFound = errors.New("oauth2: not found")

// ErrInactive is a record that exists but was used up or revoked (a redeemed code, a
// rotated refresh token): presenting it again is a replay.
var ErrInactive = errors.New("oauth2: no longer active")

// Store keeps the authorization server's records.
type Store interface {
	CreateOAuth2Record(ctx context.Context, r Record) error
	// GetOAuth2Record returns the record, active or not (ErrNotFound when there is none).
	GetOAuth2Record(ctx context.Context, kind Kind, signature string) (Record, error)
	DeleteOAuth2Record(ctx context.Context, kind Kind, signature string) error
	// DeactivateOAuth2Record marks an active record used, atomically: ErrInactive when it
	// was not active (two redemptions of one code: one wins).
	DeactivateOAuth2Record(ctx context.Context, kind Kind, signature string) error
	// DeactivateOAuth2Request marks every record of the kind and request inactive.
	DeactivateOAuth2Request(ctx context.Context, kind Kind, requestID string) error
	// DeleteOAuth2Request deletes every record of the kind and request.
	DeleteOAuth2Request(ctx context.Context, kind Kind, requestID string) error

	CreateInteraction(ctx context.Context, i Interaction) error
	GetInteraction(ctx context.Context, idHash string, now time.Time) (Interaction, error)
	// TakeInteraction deletes the interaction and returns it: one decision per request.
	TakeInteraction(ctx context.Context, idHash string, now time.Time) (Interaction, error)

	CreateLoginSession(ctx context.Context, s LoginSession) error
	GetLoginSession(ctx context.Context, idHash string, now time.Time) (LoginSession, error)

	CreateConsentGrant(ctx context.Context, g ConsentGrant) error

	// GetOAuth2SigningKey returns the purpose's key (ErrNotFound when there is none yet).
	GetOAuth2SigningKey(ctx context.Context, purpose string) (SigningKey, error)
	// AddOAuth2SigningKey stores k unless the purpose has a key already; the first one stays.
	AddOAuth2SigningKey(ctx context.Context, k SigningKey) error
}

// SigningKey is a private signing key as stored: sealed (domain/keyring.Sealer).
type SigningKey struct {
	Purpose   string
	ID        string // the JWS kid
	Algorithm string
	Private   string // sealed PKCS #8
	CreatedAt time.Time
}

// Interaction is an authorization request the protocol library accepted, waiting for
// the user to log in and decide. The id travels in the pages' URLs; only its hash is kept.
type Interaction struct {
	IDHash    string
	Form      string // the authorization request's parameters, URL-encoded
	CreatedAt time.Time
	ExpiresAt time.Time
}

// LoginSession is a browser logged in on the login page: the browser's cookie (kept as
// a hash) stands for the user until ExpiresAt.
type LoginSession struct {
	IDHash          string
	UserID          string
	AuthenticatedAt time.Time
	ExpiresAt       time.Time
}

// ConsentGrant records that a user approved scopes for an app.
type ConsentGrant struct {
	ID         string
	UserID     string
	ConsumerID string
	Scopes     []string
	GrantedAt  time.Time
}

// Lifetimes of what the pages keep.
const (
	InteractionLifetime  = 30 * time.Minute
	LoginSessionLifetime = 8 * time.Hour
)
