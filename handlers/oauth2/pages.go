package oauth2

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"html/template"
	"net/url"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/ory/fosite"

	"github.com/obp-go/obp/domain/oauth2"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/handlers"
)

//go:embed templates
var templateFS embed.FS

var pages = template.Must(template.ParseFS(templateFS, "templates/*.html"))

// page is what every page template reads.
type page struct {
	Title, AppName, Username, Interaction, CSRF, Error string
	Scopes                                             []scopeItem
}

type scopeItem struct{ Name, Description string }

// render writes a page with the security headers every page carries.
func render(c *fiber.Ctx, status int, name string, p page) error {
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, name, p); err != nil {
		return err
	}
	pageHeaders(c)
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return c.Status(status).Send(buf.Bytes())
}

func errorPage(c *fiber.Ctx, status int, msg string) error {
	return render(c, status, "error.html", page{Title: "Cannot continue", Error: msg})
}

const (
	msgExpired   = "This sign-in request is unknown or has expired."
	msgCSRF      = "The form was not sent from this sign-in page, or it has expired (security check failed). Go back and try again."
	msgWrong     = "The username or password is wrong."
	msgLocked    = "This account is locked after too many failed sign-ins. Please contact an administrator."
	msgSignedOut = "Your sign-in has expired. Go back and sign in again."
)

// pending is an authorization request waiting on the pages, with its app.
type pending struct {
	id         string
	form       url.Values
	appName    string
	consumerID string
}

// interaction loads the pending request the page names; ok is false when it is unknown
// or has expired.
func (s *Server) interaction(ctx context.Context, id string, take bool) (pending, bool, error) {
	if !validID(id) {
		return pending{}, false, nil
	}
	get := s.deps.Store.GetInteraction
	if take {
		get = s.deps.Store.TakeInteraction
	}
	in, err := get(ctx, hashID(id), s.deps.Clock.Now())
	if errors.Is(err, oauth2.ErrNotFound) {
		return pending{}, false, nil
	}
	if err != nil {
		return pending{}, false, err
	}
	form, err := url.ParseQuery(in.Form)
	if err != nil {
		return pending{}, false, err
	}
	_, c, err := getClient(ctx, s.deps.Consumers, form.Get("client_id"))
	if errors.Is(err, fosite.ErrNotFound) {
		return pending{}, false, nil // the app was disabled meanwhile
	}
	if err != nil {
		return pending{}, false, err
	}
	return pending{id: id, form: form, appName: c.AppName, consumerID: c.ID}, true, nil
}

// loggedIn is the user this browser logged in as, if its session is live and the user
// not locked.
func (s *Server) loggedIn(ctx context.Context, c *fiber.Ctx) (user.User, oauth2.LoginSession, bool, error) {
	b := c.Cookies(browserCookie)
	if !validID(b) {
		return user.User{}, oauth2.LoginSession{}, false, nil
	}
	ls, err := s.deps.Store.GetLoginSession(ctx, hashID(b), s.deps.Clock.Now())
	if errors.Is(err, oauth2.ErrNotFound) {
		return user.User{}, oauth2.LoginSession{}, false, nil
	}
	if err != nil {
		return user.User{}, oauth2.LoginSession{}, false, err
	}
	u, err := s.deps.Users.GetUser(ctx, ls.UserID)
	if err != nil || u.Locked() {
		return user.User{}, oauth2.LoginSession{}, false, err
	}
	return u, ls, true, nil
}

func (s *Server) loginPage(c *handlers.Call) error {
	p, ok, err := s.interaction(c.Ctx, c.Query("interaction"), false)
	if err != nil {
		return err
	}
	if !ok {
		return errorPage(c.Fiber(), fiber.StatusBadRequest, msgExpired)
	}
	return s.renderLogin(c.Fiber(), fiber.StatusOK, p, "", "")
}

func (s *Server) renderLogin(c *fiber.Ctx, status int, p pending, username, msg string) error {
	return render(c, status, "login.html", page{Title: "Sign in: " + p.appName, AppName: p.appName, Username: username,
		Interaction: p.id, CSRF: s.csrfToken(s.browserID(c), p.id), Error: msg})
}

// login checks the password as DirectLogin does (auth.Service.CheckPassword: the same
// lockout), then starts a login session under a fresh cookie and goes on to consent.
func (s *Server) login(c *handlers.Call) error {
	f := c.Fiber()
	form, err := url.ParseQuery(string(c.Body()))
	if err != nil {
		return errorPage(f, fiber.StatusBadRequest, "The form could not be read.")
	}
	id := form.Get("interaction")
	if !s.checkCSRF(f, id, form.Get("csrf_token")) {
		return errorPage(f, fiber.StatusForbidden, msgCSRF)
	}
	p, ok, err := s.interaction(c.Ctx, id, false)
	if err != nil {
		return err
	}
	if !ok {
		return errorPage(f, fiber.StatusBadRequest, msgExpired)
	}
	username := form.Get("username")
	u, err := s.deps.Passwords.CheckPassword(c.Ctx, username, form.Get("password"))
	switch {
	case errors.Is(err, obperr.InvalidLoginCredentials):
		return s.renderLogin(f, fiber.StatusUnauthorized, p, username, msgWrong)
	case errors.Is(err, obperr.UsernameHasBeenLocked):
		return s.renderLogin(f, fiber.StatusUnauthorized, p, username, msgLocked)
	case err != nil:
		return err
	}
	browser, now := newID(), s.deps.Clock.Now()
	if err := s.deps.Store.CreateLoginSession(c.Ctx, oauth2.LoginSession{IDHash: hashID(browser), UserID: u.ID,
		AuthenticatedAt: now, ExpiresAt: now.Add(oauth2.LoginSessionLifetime)}); err != nil {
		return err
	}
	s.setBrowser(f, browser)
	return seeOther(f, "consent?interaction="+id)
}

func seeOther(c *fiber.Ctx, location string) error {
	pageHeaders(c)
	c.Set(fiber.HeaderLocation, location)
	return c.SendStatus(fiber.StatusSeeOther)
}

func (s *Server) consentPage(c *handlers.Call) error {
	f := c.Fiber()
	p, ok, err := s.interaction(c.Ctx, c.Query("interaction"), false)
	if err != nil {
		return err
	}
	if !ok {
		return errorPage(f, fiber.StatusBadRequest, msgExpired)
	}
	u, _, ok, err := s.loggedIn(c.Ctx, f)
	if err != nil {
		return err
	}
	if !ok {
		return seeOther(f, "login?interaction="+p.id)
	}
	var scopes []scopeItem
	for _, sc := range fosite.RemoveEmpty(strings.Split(p.form.Get("scope"), " ")) {
		scopes = append(scopes, scopeItem{Name: sc, Description: oauth2.ScopeDescriptions[sc]})
	}
	return render(f, fiber.StatusOK, "consent.html", page{Title: "Allow " + p.appName + "?", AppName: p.appName,
		Username: u.Username, Interaction: p.id, CSRF: s.csrfToken(s.browserID(f), p.id), Scopes: scopes})
}

// style is the pages' one stylesheet, served from the same origin (the pages' CSP
// allows nothing else).
func style(c *handlers.Call) error {
	css, err := templateFS.ReadFile("templates/style.css")
	if err != nil {
		return err
	}
	f := c.Fiber()
	f.Set(fiber.HeaderContentType, "text/css; charset=utf-8")
	f.Set(fiber.HeaderCacheControl, "public, max-age=3600")
	f.Set("X-Content-Type-Options", "nosniff")
	return f.Send(css)
}
