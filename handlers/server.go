// Package handlers is the framework of the HTTP face: the fiber app and its middleware,
// the resource-doc registry every route, guard, schema and document comes from, the
// authentication and the role and view guards, validation, idempotency, the one error
// writer, metrics and moderation. The endpoints themselves live in the area packages
// beneath it (handlers/banks, handlers/accounts, ...), which app lists in one place.
package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"regexp"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cors"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

var pathParam = regexp.MustCompile(`\{([A-Za-z0-9_]+)\}`)

// ViewChecker answers view questions from the authorization cache.
type ViewChecker interface {
	view.Checker
	// ViewsOnAccount lists the views the user has on the account.
	ViewsOnAccount(userID string, ref account.Ref) []string
}

// Limits bound what one request may cost, and who may call from a browser.
type Limits struct {
	CORSOrigins  string        // comma-separated origins browsers may call from; "*" for any
	BodyLimit    int           // bytes
	ReadTimeout  time.Duration // whole request, headers and body
	WriteTimeout time.Duration
	IdleTimeout  time.Duration
	// MaxHeaderBytes bounds the request line and headers together (431 beyond).
	MaxHeaderBytes int
	// MaxConnections bounds open connections; beyond it a new one gets a plain 503 and is closed.
	MaxConnections int
	// MaxInFlight bounds requests being handled at once; beyond it 503 OBP-10040.
	MaxInFlight int
}

// DefaultLimits are the limits when configuration gives none. 16 KB of headers leaves
// room for long OBP tokens (a Consent-JWT with many views, a DirectLogin JWT).
var DefaultLimits = Limits{CORSOrigins: "*", BodyLimit: 1 << 20, ReadTimeout: 15 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: 60 * time.Second,
	MaxHeaderBytes: 16 << 10, MaxConnections: 2048, MaxInFlight: 256}

// withDefaults fills every limit left at zero from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	l.BodyLimit = orDefault(l.BodyLimit, d.BodyLimit)
	l.ReadTimeout = orDefault(l.ReadTimeout, d.ReadTimeout)
	l.WriteTimeout = orDefault(l.WriteTimeout, d.WriteTimeout)
	l.IdleTimeout = orDefault(l.IdleTimeout, d.IdleTimeout)
	l.MaxHeaderBytes = orDefault(l.MaxHeaderBytes, d.MaxHeaderBytes)
	l.MaxConnections = orDefault(l.MaxConnections, d.MaxConnections)
	l.MaxInFlight = orDefault(l.MaxInFlight, d.MaxInFlight)
	if l.CORSOrigins == "" {
		l.CORSOrigins = d.CORSOrigins
	}
	return l
}

func orDefault[T int | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// Deps is everything the HTTP face needs.
type Deps struct {
	Auth     *auth.Service
	Consents ConsentAuthenticator // nil: no Consent-JWT is taken
	// Bearers verify `Authorization: Bearer` tokens: the embedded OAuth2 server's,
	// external identity providers' and scoped access tokens (none: OBP-20201).
	Bearers     auth.Bearers
	Roles       entitlement.Checker
	Views       viewLoader // loads the view a guard let a call through
	Idempotency *idempotency.Service
	ViewChecker ViewChecker
	Limiter     consumer.Limiter
	// DBUnreachable reports whether an error means the database cannot be reached, to
	// answer 503 OBP-50019 instead of 500; nil: never.
	DBUnreachable func(ctx context.Context, err error) bool
	Info          Info
	Log           *slog.Logger
	Limits        Limits
	AuthContexts  call.AuthContextSource // the callers' auth contexts, read when a connector first asks
	Rules         OperationRules         // the operators' per-operation rules; nil: none
	// ExtraDocs are added to the registry; tests use them for endpoints that exist only
	// to exercise the middleware (a panic, a slow request).
	ExtraDocs []ResourceDoc
}

// Server is the fiber app built from the resource docs.
type Server struct {
	App  *fiber.App
	Docs []ResourceDoc

	deps       Deps
	info       Info
	log        *slog.Logger
	metrics    *metrics
	validators validators
	served     [][]*ResourceDoc // by version index: the docs that answer under each version
	rendered   renderedDocs
	inFlight   chan struct{} // one token per request being handled
	// streamPrefixes are where StreamBody endpoints take their unbuffered bodies.
	streamPrefixes []streamPrefix
}

// New builds the server from the areas' resource docs: every route comes from a doc.
func New(deps Deps, areas ...[]ResourceDoc) (*Server, error) {
	if deps.Log == nil {
		deps.Log = slog.Default()
	}
	deps.Limits = deps.Limits.withDefaults()
	s := &Server{deps: deps, info: deps.Info, log: deps.Log, metrics: newMetrics(), inFlight: make(chan struct{}, deps.Limits.MaxInFlight)}
	s.App = fiber.New(fiber.Config{
		AppName:      "obp",
		BodyLimit:    deps.Limits.BodyLimit,
		ReadTimeout:  deps.Limits.ReadTimeout,
		WriteTimeout: deps.Limits.WriteTimeout,
		IdleTimeout:  deps.Limits.IdleTimeout,
		// The request line and headers must fit the read buffer; beyond it fasthttp answers 431.
		ReadBufferSize: deps.Limits.MaxHeaderBytes,
		Concurrency:    deps.Limits.MaxConnections,
		// Bodies arrive as a stream that readBody buffers up to BodyLimit: nothing is
		// reserved from an announced Content-Length before the bytes come.
		StreamRequestBody:            true,
		DisablePreParseMultipartForm: true,
		CaseSensitive:                true,
		// Values from the request (path params, headers) otherwise alias fasthttp's reused
		// buffers; domain code keeps some of them (a user id in the role cache), so copy.
		Immutable:             true,
		DisableStartupMessage: true,
		ErrorHandler:          s.errorHandler,
	})
	s.Docs = s.allDocs(areas)
	if err := checkDocs(s.Docs); err != nil {
		return nil, err
	}
	s.streamPrefixes = streamPrefixesOf(s.Docs)
	var err error
	if s.validators, err = compileSchemas(s.Docs); err != nil {
		return nil, err
	}
	if s.served, err = servedByVersion(s.Docs); err != nil {
		return nil, err
	}
	s.App.Use(s.observe, s.recoverPanic, s.readBody, s.limitInFlight, cors.New(cors.Config{
		// As OBP: browser clients (API explorers, SPAs) call from other origins. Credentials
		// travel in headers, never cookies, so no origin can ride on a user's session.
		AllowOrigins:  deps.Limits.CORSOrigins,
		AllowMethods:  "GET,POST,PUT,DELETE,OPTIONS",
		AllowHeaders:  "Content-Type,Authorization,DirectLogin,Consent-JWT,Consent-Id,Idempotency-Key,PSD2-CERT,Consumer-Key,TMS-Device-Token",
		ExposeHeaders: "Correlation-Id,Idempotency-Hit,Retry-After",
		MaxAge:        600,
	}))
	for i := range s.Docs {
		if d := &s.Docs[i]; !d.versioned() {
			s.App.Add(d.Verb, fiberPath(d.Path), s.endpoint(d, ""))
		}
	}
	for v, docs := range s.served {
		for _, d := range docs {
			s.App.Add(d.Verb, fiberPath("/obp/"+Versions[v].Name+d.relPath()), s.endpoint(d, Versions[v].Name))
		}
	}
	s.App.Use("/obp", s.notServed) // last: only what no route took
	return s, nil
}

// allDocs is the registry: the framework's own endpoints (docs, metrics), the areas',
// and any extra docs tests add.
func (s *Server) allDocs(areas [][]ResourceDoc) []ResourceDoc {
	docs := append(s.docsDocs(), s.metricsDocs()...)
	for _, area := range areas {
		docs = append(docs, area...)
	}
	return append(docs, s.deps.ExtraDocs...)
}

// endpoint is the chain every route runs, in OBP's order: name the operation, refuse
// parameters and headers the database cannot take, authenticate, count the call against
// the consumer's limits, check roles, validate the body, then the handler.
func (s *Server) endpoint(d *ResourceDoc, version string) fiber.Handler {
	if d.StreamBody {
		return closeOnError(s.serve(d, version))
	}
	return s.serve(d, version)
}

// closeOnError closes the connection after a refused streamed body: it may not have been
// read to its end, and what is left of it must not be read as the next request.
func closeOnError(h fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		err := h(c)
		if err != nil {
			c.Context().SetConnectionClose()
		}
		return err
	}
}

// serve is the chain of one endpoint (see endpoint).
func (s *Server) serve(d *ResourceDoc, version string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		c.Locals(localOperationID, d.OperationID)
		c.Locals(localDoc, d)
		c.Locals(localVersion, version)
		if err := guardInput(c, d); err != nil {
			return err
		}
		if d.StreamBody && int64(c.Request().Header.ContentLength()) > d.MaxStreamBytes {
			return unreadBody(c, obperr.RequestTooLarge)
		}
		p, err := s.authenticate(c, d)
		if err != nil {
			return err
		}
		if err := s.guardCaller(c, d, p); err != nil {
			return err
		}
		if err := s.rateLimit(c, p); err != nil {
			return err
		}
		if err := s.guardRoles(c, d, p); err != nil {
			return err
		}
		if err := s.guardView(c, d, p); err != nil {
			return err
		}
		if d.RequestSchema != "" {
			if err := s.validators.validate(d.RequestSchema, c.Body()); err != nil {
				return err
			}
		}
		if err := s.checkOperationRules(c, d, p); err != nil {
			return err
		}
		cc := call.Context{CorrelationID: correlationID(c), UserID: p.UserID, Username: p.Username, ConsumerID: p.ConsumerID,
			ConsentID: p.ConsentID, OnBehalfOf: p.OnBehalfOf}
		// The auth context is the human's: for a consent's call, the user who gave it.
		cc.AuthContext = call.LazyAuthContext(s.deps.AuthContexts, cc.Human())
		c.SetUserContext(call.With(c.UserContext(), cc))
		handle := func(ctx context.Context) error {
			return d.Handle(&Call{fiber: c, doc: d, Ctx: ctx, Log: s.requestLogger(c), Principal: p, views: s.deps.Views})
		}
		if d.Idempotent {
			return s.withIdempotency(c, p.UserID, handle)
		}
		return handle(c.UserContext())
	}
}

// checkDocs refuses a registry that would route ambiguously or document wrongly.
func checkDocs(docs []ResourceDoc) error {
	seenOp := map[string]bool{}
	seenRoute := map[string]bool{}
	for _, d := range docs {
		switch {
		case d.OperationID == "" || d.Path == "" || d.Handle == nil:
			return fmt.Errorf("resource doc %q: operation id, path and handler are required", d.OperationID)
		case seenOp[d.OperationID]:
			return fmt.Errorf("resource doc %q declared twice", d.OperationID)
		case !d.versioned() && seenRoute[d.Verb+" "+d.Path]:
			return fmt.Errorf("route %s %s declared twice", d.Verb, d.Path)
		case d.StreamBody && (d.versioned() || d.MaxStreamBytes <= 0 || !strings.Contains(d.Path, "{")):
			return fmt.Errorf("resource doc %q: a streamed body needs an unversioned path with a parameter and MaxStreamBytes", d.OperationID)
		case (d.Verb == "POST" || d.Verb == "PUT") && d.RequestSchema == "" && !d.NoBody && !d.StreamBody && !d.FormBody:
			return fmt.Errorf("resource doc %q takes a body but names no request schema", d.OperationID)
		case d.FormBody && (d.RequestSchema != "" || d.NoBody || d.StreamBody):
			return fmt.Errorf("resource doc %q: a form body has no JSON schema and is neither absent nor streamed", d.OperationID)
		}
		seenOp[d.OperationID] = true
		seenRoute[d.Verb+" "+d.Path] = true
	}
	return nil
}

// Serve listens on addr until ctx is done, then stops taking connections and lets
// in-flight requests finish within grace.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- s.App.Listener(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", slog.Duration("grace", grace))
	err := s.App.ShutdownWithTimeout(grace)
	// Shutdown closes only the listeners the server has registered; one that was still
	// starting is closed here so that its accept loop ends too.
	ln.Close()
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return <-errc
}
