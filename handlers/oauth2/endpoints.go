package oauth2

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2/middleware/adaptor"
	"github.com/ory/fosite"
	"github.com/ory/fosite/handler/openid"
	"github.com/ory/fosite/token/jwt"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/oauth2"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/handlers"
)

// bridge runs a net/http handler (fosite speaks net/http) on the call. The body was
// already read within the server's body limit.
func bridge(c *handlers.Call, h func(ctx context.Context, w http.ResponseWriter, r *http.Request)) error {
	ctx := c.Ctx
	return adaptor.HTTPHandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		h(ctx, w, r.WithContext(ctx))
	})(c.Fiber())
}

// exactRedirect refuses a redirect_uri that is not exactly one the client registered
// (fosite would also take a loopback URI on another port); nil when it is fine or absent.
func (s *Server) exactRedirect(ctx context.Context, form url.Values) error {
	ru := form.Get("redirect_uri")
	if ru == "" {
		return nil
	}
	_, c, err := getClient(ctx, s.deps.Consumers, form.Get("client_id"))
	if err != nil {
		return nil // fosite refuses the client itself
	}
	if !slices.Contains(oauth2.RedirectURIs(c), ru) {
		return fosite.ErrInvalidRequest.WithHint("The 'redirect_uri' parameter is not exactly one of the client's registered redirect URLs.")
	}
	return nil
}

// authorize checks the request (fosite: client, redirect URI, response type, scopes,
// PKCE), keeps it as a pending interaction and sends the browser to the login page, or
// to the consent page when it is logged in already.
func (s *Server) authorize(c *handlers.Call) error {
	_, _, loggedIn, err := s.loggedIn(c.Ctx, c.Fiber())
	if err != nil {
		return err
	}
	return bridge(c, func(ctx context.Context, w http.ResponseWriter, r *http.Request) {
		w = issuerWriter{w, s.deps.Issuer}
		if err := r.ParseForm(); err != nil {
			s.provider.WriteAuthorizeError(ctx, w, fosite.NewAuthorizeRequest(), fosite.ErrInvalidRequest.WithWrap(err))
			return
		}
		if err := s.exactRedirect(ctx, r.Form); err != nil {
			s.provider.WriteAuthorizeError(ctx, w, fosite.NewAuthorizeRequest(), err)
			return
		}
		ar, err := s.provider.NewAuthorizeRequest(ctx, r)
		if err == nil {
			err = pkceAsked(ar.GetRequestForm())
		}
		if err != nil {
			s.provider.WriteAuthorizeError(ctx, w, ar, err)
			return
		}
		form := oauth2.Sanitise(ar.GetRequestForm())
		form.Del("request_uri") // a pushed request is used up: its parameters travel on
		id, now := newID(), s.deps.Clock.Now()
		if err := s.deps.Store.CreateInteraction(ctx, oauth2.Interaction{IDHash: hashID(id), Form: form.Encode(), CreatedAt: now,
			ExpiresAt: now.Add(oauth2.InteractionLifetime)}); err != nil {
			s.provider.WriteAuthorizeError(ctx, w, ar, fosite.ErrServerError.WithWrap(err))
			return
		}
		next := "login"
		if loggedIn {
			next = "consent"
		}
		w.Header().Set("Location", next+"?interaction="+id)
		w.WriteHeader(http.StatusSeeOther)
	})
}

// pkceAsked refuses, before the user is asked anything, a request fosite would refuse
// only when the code is issued: PKCE is required of every client, with S256 (a missing
// method means plain, RFC 7636 §4.3).
func pkceAsked(form url.Values) error {
	switch {
	case form.Get("code_challenge") == "":
		return fosite.ErrInvalidRequest.WithHint("PKCE is required: send code_challenge with code_challenge_method S256.")
	case form.Get("code_challenge_method") != "S256":
		return fosite.ErrInvalidRequest.WithHint("The only code_challenge_method taken is S256.")
	}
	return nil
}

// decide takes the user's decision on the consent page: Deny redirects with
// access_denied; Approve grants the scopes asked and redirects with the code, the state
// and the issuer (RFC 9207).
func (s *Server) decide(c *handlers.Call) error {
	f := c.Fiber()
	form, err := url.ParseQuery(string(c.Body()))
	if err != nil {
		return errorPage(f, http.StatusBadRequest, "The form could not be read.")
	}
	id, decision := form.Get("interaction"), form.Get("decision")
	if !s.checkCSRF(f, id, form.Get("csrf_token")) {
		return errorPage(f, http.StatusForbidden, msgCSRF)
	}
	if decision != "approve" && decision != "deny" {
		return errorPage(f, http.StatusBadRequest, "Choose Approve or Deny.")
	}
	u, ls, ok, err := s.loggedIn(c.Ctx, f)
	if err != nil {
		return err
	}
	if !ok {
		return errorPage(f, http.StatusUnauthorized, msgSignedOut)
	}
	p, ok, err := s.interaction(c.Ctx, id, true)
	if err != nil {
		return err
	}
	if !ok {
		return errorPage(f, http.StatusBadRequest, msgExpired)
	}
	var kid string
	if slices.Contains(strings.Split(p.form.Get("scope"), " "), oauth2.ScopeOpenID) {
		if _, kid, err = s.key.get(c.Ctx); err != nil {
			return err
		}
	}
	return bridge(c, func(ctx context.Context, w http.ResponseWriter, _ *http.Request) {
		w = issuerWriter{w, s.deps.Issuer}
		r, err := http.NewRequestWithContext(ctx, http.MethodGet, s.deps.Issuer+"/oauth2/auth?"+p.form.Encode(), nil)
		if err != nil {
			s.provider.WriteAuthorizeError(ctx, w, fosite.NewAuthorizeRequest(), fosite.ErrServerError.WithWrap(err))
			return
		}
		ar, err := s.provider.NewAuthorizeRequest(ctx, r)
		if err != nil {
			s.provider.WriteAuthorizeError(ctx, w, ar, err)
			return
		}
		if decision == "deny" {
			s.provider.WriteAuthorizeError(ctx, w, ar, fosite.ErrAccessDenied.WithHint("The user denied the request."))
			return
		}
		for _, sc := range ar.GetRequestedScopes() {
			ar.GrantScope(sc)
		}
		resp, err := s.provider.NewAuthorizeResponse(ctx, ar, s.userSession(u, ls.AuthenticatedAt, ar.GetGrantedScopes(), kid))
		if err != nil {
			s.provider.WriteAuthorizeError(ctx, w, ar, err)
			return
		}
		if err := s.deps.Store.CreateConsentGrant(ctx, oauth2.ConsentGrant{ID: ids.New(), UserID: u.ID,
			ConsumerID: p.consumerID, Scopes: ar.GetGrantedScopes(), GrantedAt: s.deps.Clock.Now()}); err != nil {
			s.provider.WriteAuthorizeError(ctx, w, ar, fosite.ErrServerError.WithWrap(err))
			return
		}
		s.provider.WriteAuthorizeResponse(ctx, w, ar, resp)
	})
}

// userSession is the session of a user's grant: the subject is the user id; the ID
// token says who, and with profile and email scopes the username and e-mail.
func (s *Server) userSession(u user.User, authTime time.Time, scopes fosite.Arguments, kid string) *openid.DefaultSession {
	sess := newSession()
	sess.Subject, sess.Username = u.ID, u.Username
	sess.Claims.Subject, sess.Claims.AuthTime, sess.Claims.RequestedAt = u.ID, authTime, s.deps.Clock.Now()
	if scopes.Has(oauth2.ScopeProfile) {
		sess.Claims.Add("preferred_username", u.Username)
	}
	if scopes.Has(oauth2.ScopeEmail) && u.Email != "" {
		sess.Claims.Add("email", u.Email)
	}
	if kid != "" {
		sess.Headers.Add("kid", kid)
	}
	return sess
}

func newSession() *openid.DefaultSession {
	return &openid.DefaultSession{Claims: &jwt.IDTokenClaims{Extra: map[string]any{}}, Headers: &jwt.Headers{Extra: map[string]any{}}}
}

// pushed is the PAR endpoint (RFC 9126): the client posts its authorization request and
// gets a request_uri to send the browser with.
func (s *Server) pushed(c *handlers.Call) error {
	return bridge(c, func(ctx context.Context, w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err == nil {
			if err := s.exactRedirect(ctx, r.PostForm); err != nil {
				s.provider.WritePushedAuthorizeError(ctx, w, fosite.NewAuthorizeRequest(), err)
				return
			}
		}
		ar, err := s.provider.NewPushedAuthorizeRequest(ctx, r)
		if err != nil {
			s.provider.WritePushedAuthorizeError(ctx, w, ar, err)
			return
		}
		resp, err := s.provider.NewPushedAuthorizeResponse(ctx, ar, newSession())
		if err != nil {
			s.provider.WritePushedAuthorizeError(ctx, w, ar, err)
			return
		}
		s.provider.WritePushedAuthorizeResponse(ctx, w, ar, resp)
	})
}

// token is the token endpoint: authorization code (with PKCE), refresh token (rotated)
// and client credentials (an app-only token: scope obp is the one it may be granted).
func (s *Server) token(c *handlers.Call) error {
	return bridge(c, func(ctx context.Context, w http.ResponseWriter, r *http.Request) {
		ar, err := s.provider.NewAccessRequest(ctx, r, newSession())
		if err != nil {
			s.provider.WriteAccessError(ctx, w, ar, err)
			return
		}
		if ar.GetGrantTypes().ExactOne("client_credentials") && ar.GetRequestedScopes().Has(oauth2.ScopeOBP) {
			ar.GrantScope(oauth2.ScopeOBP)
		}
		resp, err := s.provider.NewAccessResponse(ctx, ar)
		if errors.Is(err, fosite.ErrInvalidatedAuthorizeCode) || errors.Is(err, fosite.ErrInactiveToken) {
			// Another request redeemed the code or rotated the refresh token a moment before.
			err = fosite.ErrInvalidGrant.WithHint("The authorization code or refresh token has already been used.")
		}
		if err != nil {
			s.provider.WriteAccessError(ctx, w, ar, err)
			return
		}
		s.provider.WriteAccessResponse(ctx, w, ar, resp)
	})
}

// revoke is RFC 7009: the client that holds a token revokes it (a refresh token with
// its whole family).
func (s *Server) revoke(c *handlers.Call) error {
	return bridge(c, func(ctx context.Context, w http.ResponseWriter, r *http.Request) {
		s.provider.WriteRevocationResponse(ctx, w, s.provider.NewRevocationRequest(ctx, r))
	})
}

// introspect is RFC 7662; the caller authenticates as a client.
func (s *Server) introspect(c *handlers.Call) error {
	return bridge(c, func(ctx context.Context, w http.ResponseWriter, r *http.Request) {
		ir, err := s.provider.NewIntrospectionRequest(ctx, r, newSession())
		if err != nil {
			s.provider.WriteIntrospectionError(ctx, w, err)
			return
		}
		s.provider.WriteIntrospectionResponse(ctx, w, ir)
	})
}
