package oauth2

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/ory/fosite"
	"github.com/ory/fosite/handler/openid"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/oauth2"
)

// storage is fosite's storage over the domain's oauth2.Store: clients are consumers;
// codes, tokens, PKCE and OIDC sessions and PAR requests are oauth2.Records.
type storage struct {
	records     oauth2.Store
	consumers   consumer.Store
	clock       clock.Clock
	parLifespan time.Duration
}

func (s *storage) GetClient(ctx context.Context, id string) (fosite.Client, error) {
	c, _, err := getClient(ctx, s.consumers, id)
	return c, err
}

// ClientAssertionJWTValid: clients authenticate with secrets or nothing, never with
// assertions, so there is no assertion to replay.
func (s *storage) ClientAssertionJWTValid(context.Context, string) error { return nil }

func (s *storage) SetClientAssertionJWT(context.Context, string, time.Time) error { return nil }

// create stores r under kind and signature, expiring when its token of type exp does.
func (s *storage) create(ctx context.Context, kind oauth2.Kind, signature string, r fosite.Requester, exp time.Time, accessSignature string) error {
	session, err := json.Marshal(r.GetSession())
	if err != nil {
		return err
	}
	var subject string
	if r.GetSession() != nil {
		subject = r.GetSession().GetSubject()
	}
	if exp.IsZero() {
		exp = s.clock.Now().Add(oauth2.InteractionLifetime)
	}
	return s.records.CreateOAuth2Record(ctx, oauth2.Record{Kind: kind, Signature: signature, RequestID: r.GetID(),
		ClientID: r.GetClient().GetID(), Subject: subject, RequestedAt: r.GetRequestedAt(), Scopes: r.GetRequestedScopes(),
		GrantedScopes: r.GetGrantedScopes(), Audience: r.GetRequestedAudience(), GrantedAudience: r.GetGrantedAudience(),
		Form: oauth2.Sanitise(r.GetRequestForm()).Encode(), Session: session, Active: true, ExpiresAt: exp,
		AccessSignature: accessSignature})
}

func expiry(r fosite.Requester, t fosite.TokenType) time.Time {
	if r.GetSession() == nil {
		return time.Time{}
	}
	return r.GetSession().GetExpiresAt(t)
}

// load reads a record back into a request, its session decoded into session. An
// inactive record comes back with its request and inactive (fosite needs the request
// to revoke what a replay exposes).
func (s *storage) load(ctx context.Context, kind oauth2.Kind, signature string, session fosite.Session, inactive error) (*fosite.Request, error) {
	req, _, err := s.loadRecord(ctx, kind, signature, session, inactive)
	return req, err
}

func (s *storage) loadRecord(ctx context.Context, kind oauth2.Kind, signature string, session fosite.Session, inactive error) (*fosite.Request, oauth2.Record, error) {
	rec, err := s.records.GetOAuth2Record(ctx, kind, signature)
	if errors.Is(err, oauth2.ErrNotFound) {
		return nil, rec, fosite.ErrNotFound
	}
	if err != nil {
		return nil, rec, err
	}
	c, err := s.GetClient(ctx, rec.ClientID)
	if err != nil {
		return nil, rec, err
	}
	form, err := url.ParseQuery(rec.Form)
	if err != nil {
		return nil, rec, err
	}
	if session == nil {
		session = &openid.DefaultSession{}
	}
	if err := json.Unmarshal(rec.Session, session); err != nil {
		return nil, rec, err
	}
	req := &fosite.Request{ID: rec.RequestID, RequestedAt: rec.RequestedAt, Client: c, RequestedScope: rec.Scopes,
		GrantedScope: rec.GrantedScopes, RequestedAudience: rec.Audience, GrantedAudience: rec.GrantedAudience, Form: form,
		Session: session}
	if !rec.Active {
		return req, rec, inactive
	}
	return req, rec, nil
}

func (s *storage) CreateAuthorizeCodeSession(ctx context.Context, code string, r fosite.Requester) error {
	return s.create(ctx, oauth2.KindCode, code, r, expiry(r, fosite.AuthorizeCode), "")
}

func (s *storage) GetAuthorizeCodeSession(ctx context.Context, code string, session fosite.Session) (fosite.Requester, error) {
	return s.load(ctx, oauth2.KindCode, code, session, fosite.ErrInvalidatedAuthorizeCode)
}

func (s *storage) InvalidateAuthorizeCodeSession(ctx context.Context, code string) error {
	return inactive(s.records.DeactivateOAuth2Record(ctx, oauth2.KindCode, code), fosite.ErrInvalidatedAuthorizeCode)
}

func (s *storage) CreateAccessTokenSession(ctx context.Context, signature string, r fosite.Requester) error {
	return s.create(ctx, oauth2.KindAccess, signature, r, expiry(r, fosite.AccessToken), "")
}

func (s *storage) GetAccessTokenSession(ctx context.Context, signature string, session fosite.Session) (fosite.Requester, error) {
	return s.load(ctx, oauth2.KindAccess, signature, session, fosite.ErrInactiveToken)
}

func (s *storage) DeleteAccessTokenSession(ctx context.Context, signature string) error {
	return s.records.DeleteOAuth2Record(ctx, oauth2.KindAccess, signature)
}

func (s *storage) CreateRefreshTokenSession(ctx context.Context, signature, accessSignature string, r fosite.Requester) error {
	return s.create(ctx, oauth2.KindRefresh, signature, r, expiry(r, fosite.RefreshToken), accessSignature)
}

func (s *storage) GetRefreshTokenSession(ctx context.Context, signature string, session fosite.Session) (fosite.Requester, error) {
	return s.load(ctx, oauth2.KindRefresh, signature, session, fosite.ErrInactiveToken)
}

// DeleteRefreshTokenSession keeps the row, inactive: fosite deletes the reused token
// when it detects reuse, and a third presentation must still be seen as reuse.
func (s *storage) DeleteRefreshTokenSession(ctx context.Context, signature string) error {
	err := s.records.DeactivateOAuth2Record(ctx, oauth2.KindRefresh, signature)
	if errors.Is(err, oauth2.ErrInactive) {
		return nil
	}
	return err
}

// RotateRefreshToken retires the presented refresh token, atomically (of two rotations
// of one token at once, one fails), and the access tokens of its family.
func (s *storage) RotateRefreshToken(ctx context.Context, requestID, signature string) error {
	if err := inactive(s.records.DeactivateOAuth2Record(ctx, oauth2.KindRefresh, signature), fosite.ErrInactiveToken); err != nil {
		return err
	}
	return s.records.DeleteOAuth2Request(ctx, oauth2.KindAccess, requestID)
}

// RevokeRefreshToken revokes every refresh token of the family; they stay as inactive
// rows so that presenting one again is seen as reuse.
func (s *storage) RevokeRefreshToken(ctx context.Context, requestID string) error {
	return s.records.DeactivateOAuth2Request(ctx, oauth2.KindRefresh, requestID)
}

func (s *storage) RevokeRefreshTokenMaybeGracePeriod(ctx context.Context, requestID, _ string) error {
	return s.RevokeRefreshToken(ctx, requestID)
}

func (s *storage) RevokeAccessToken(ctx context.Context, requestID string) error {
	return s.records.DeleteOAuth2Request(ctx, oauth2.KindAccess, requestID)
}

func (s *storage) CreatePKCERequestSession(ctx context.Context, signature string, r fosite.Requester) error {
	return s.create(ctx, oauth2.KindPKCE, signature, r, expiry(r, fosite.AuthorizeCode), "")
}

func (s *storage) GetPKCERequestSession(ctx context.Context, signature string, session fosite.Session) (fosite.Requester, error) {
	return s.load(ctx, oauth2.KindPKCE, signature, session, fosite.ErrNotFound)
}

func (s *storage) DeletePKCERequestSession(ctx context.Context, signature string) error {
	return s.records.DeleteOAuth2Record(ctx, oauth2.KindPKCE, signature)
}

func (s *storage) CreateOpenIDConnectSession(ctx context.Context, code string, r fosite.Requester) error {
	return s.create(ctx, oauth2.KindOIDC, code, r, expiry(r, fosite.AuthorizeCode), "")
}

func (s *storage) GetOpenIDConnectSession(ctx context.Context, code string, r fosite.Requester) (fosite.Requester, error) {
	return s.load(ctx, oauth2.KindOIDC, code, r.GetSession(), fosite.ErrNotFound)
}

func (s *storage) DeleteOpenIDConnectSession(ctx context.Context, code string) error {
	return s.records.DeleteOAuth2Record(ctx, oauth2.KindOIDC, code)
}

func (s *storage) CreatePARSession(ctx context.Context, requestURI string, r fosite.AuthorizeRequester) error {
	return s.create(ctx, oauth2.KindPAR, requestURI, r, s.clock.Now().Add(s.parLifespan), "")
}

// GetPARSession rebuilds the pushed request from its stored parameters.
func (s *storage) GetPARSession(ctx context.Context, requestURI string) (fosite.AuthorizeRequester, error) {
	req, rec, err := s.loadRecord(ctx, oauth2.KindPAR, requestURI, nil, fosite.ErrNotFound)
	if err != nil {
		return nil, err
	}
	if !s.clock.Now().Before(rec.ExpiresAt) {
		return nil, fosite.ErrNotFound.WithHint("The pushed authorization request has expired.")
	}
	ar := &fosite.AuthorizeRequest{Request: *req, State: req.Form.Get("state"),
		ResponseTypes:        fosite.RemoveEmpty(strings.Split(req.Form.Get("response_type"), " ")),
		ResponseMode:         fosite.ResponseModeType(req.Form.Get("response_mode")),
		HandledResponseTypes: fosite.Arguments{}}
	if ar.RedirectURI, err = url.Parse(req.Form.Get("redirect_uri")); err != nil {
		return nil, fosite.ErrInvalidRequestURI
	}
	return ar, nil
}

func (s *storage) DeletePARSession(ctx context.Context, requestURI string) error {
	return s.records.DeleteOAuth2Record(ctx, oauth2.KindPAR, requestURI)
}

// inactive turns the store's ErrInactive into fosite's error for the kind.
func inactive(err, as error) error {
	if errors.Is(err, oauth2.ErrInactive) {
		return as
	}
	return err
}
