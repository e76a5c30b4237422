package handlers

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/view"
)

// Auth says who may call an endpoint before any role is checked.
type Auth int

const (
	// Anonymous endpoints answer anyone.
	Anonymous Auth = iota
	// LoggedIn endpoints need an authenticated user (OBP-20001 otherwise).
	LoggedIn
	// ApplicationOnly endpoints need an identified consumer, with or without a user.
	ApplicationOnly
	// OwnCredentials endpoints (DirectLogin) read the credentials themselves.
	OwnCredentials
)

// ResourceDoc declares one endpoint, once. The router, the request validator, the role
// guard, the OBP resource-docs endpoint and the OpenAPI document all read it.
type ResourceDoc struct {
	// OperationID follows OBP: "OBP" + the version that implements it + "-" + function,
	// e.g. "OBPv5.0.0-getBank", so that clients keyed on OBP's ids keep working.
	OperationID string
	Verb        string // GET, POST, PUT, DELETE
	// Path is the full path with {PARAM} placeholders under the version that introduced
	// the endpoint, e.g. /obp/v4.0.0/banks/{BANK_ID}; paths outside /obp/ are unversioned.
	Path        string
	Summary     string
	Description string // Markdown
	Tags        []string
	Auth        Auth
	// Roles: holding any one of them passes the role guard (at the path's BANK_ID for a
	// bank role). Empty means no role is needed.
	Roles []role.Role
	// BankParam names the path parameter that holds the bank a bank role is checked at
	// ("": BANK_ID). The TMS API's tenant is a bank: TENANT_NAME.
	BankParam string
	// DecidedInService is authorisation that depends on the body, so the domain service
	// decides it (granting an entitlement, opening an account for someone else, paying):
	// declared here so that the docs and the permission matrices know it.
	DecidedInService *AnyOf
	// View guards account endpoints: the caller must have the view on the account and the
	// view must grant the permission. Nil for endpoints that are not about one account.
	View *ViewGuard
	// RequestSchema names the JSON schema in swagger/schemas that the body must satisfy.
	// Every POST and PUT has one.
	RequestSchema string
	// Idempotent endpoints honour an Idempotency-Key header: a retry with the same key
	// and body answers the first result (Idempotency-Hit: true); another body is a 409.
	Idempotent bool
	// NoBody marks a POST or PUT that takes no body (DirectLogin reads headers only).
	NoBody bool
	// FormBody marks a POST that takes an application/x-www-form-urlencoded body, which
	// the handler parses itself (the OAuth2 endpoints and pages): no JSON schema applies.
	FormBody       bool
	ExampleRequest any
	// ExampleResponse is the success body, and the source of its OpenAPI schema.
	ExampleResponse any
	SuccessStatus   int // 200 when zero
	// Errors lists the OBP errors this endpoint may answer with beyond the ones every
	// endpoint shares (malformed JSON, schema failures, 5xx).
	Errors           []*obperr.Code
	ConnectorMethods []string
	// RawResponse endpoints (metrics) write their own body and are left out of the OBP JSON
	// conventions; they are still declared here so that no route exists without a doc.
	RawResponse bool
	// StreamBody endpoints take a body that is not JSON and may be larger than the body
	// limit (file uploads): it is not buffered; the handler reads it as a stream
	// (Call.BodyStream) and bounds it itself. MaxStreamBytes refuses a larger announced
	// Content-Length at once.
	StreamBody     bool
	MaxStreamBytes int64
	// ConsentUse marks an endpoint a Consent-JWT may call although no view or role guard
	// bounds it (the current user, my accounts, paying, revoking the current consent):
	// its service keeps to what the consent's own user holds.
	ConsentUse bool
	// RenderError renders the endpoint's errors in the shape of the foreign API it is
	// compatible with (KOBIL's TMS: {"error": "HTTP 401 Unauthorized"}); nil is OBP's shape.
	// The body is sent as JSON unless it is SelfRendered.
	RenderError func(e *obperr.Error) (status int, body any)
	Handle      func(c *Call) error
}

// consentMayUse is whether a Consent-JWT may call the endpoint: public ones, the ones a
// view or role guard bounds to what the consent grants (reads through a view; anything
// a role allows), and the ones marked ConsentUse. Everything else is the user's own
// business: managing consents, views, consumers, credentials (OBP-20256).
func (d *ResourceDoc) consentMayUse() bool {
	switch {
	case d.Auth == Anonymous, d.ConsentUse, len(d.Roles) > 0:
		return true
	case d.View != nil:
		return d.Verb == "GET"
	}
	return false
}

// AnyOf is authorisation a service decides from the body: the caller passes with any
// one of Roles (at the path's bank for a bank role) or any one of ViewPermissions on the
// path's view, as the body requires.
type AnyOf struct {
	Roles           []role.Role
	ViewPermissions []view.Permission
}

// documentedRoles are the roles the docs list: the guard's and the service's.
func (d *ResourceDoc) documentedRoles() []role.Role {
	if d.DecidedInService == nil {
		return d.Roles
	}
	return append(append([]role.Role{}, d.Roles...), d.DecidedInService.Roles...)
}

// ViewGuard is the view check of an account endpoint.
type ViewGuard struct {
	// Permission the view must grant; "" means access to the view suffices.
	Permission view.Permission
	// AnyView is for paths without VIEW_ID: any view the caller has on the account that
	// grants Permission will do.
	AnyView bool
}

// status is the success status, 200 unless the doc says otherwise.
func (d *ResourceDoc) status() int {
	if d.SuccessStatus == 0 {
		return 200
	}
	return d.SuccessStatus
}

// implementedBy splits the operation id into OBP's implemented_by parts.
func (d *ResourceDoc) implementedBy() (version, function string) {
	rest := strings.TrimPrefix(d.OperationID, "OBP")
	version, function, _ = strings.Cut(rest, "-")
	return version, function
}

// fiberPath turns /banks/{BANK_ID} into fiber's /banks/:BANK_ID.
func fiberPath(path string) string {
	return pathParam.ReplaceAllString(path, ":$1")
}

// obpPath is OBP's request_url form: placeholders without braces, relative to the version
// prefix (/banks/BANK_ID).
func (d *ResourceDoc) obpPath() string {
	return pathParam.ReplaceAllString(d.relPath(), "$1")
}

// errorCodes is every error this endpoint may answer with, its own and the shared ones.
func (d *ResourceDoc) errorCodes() []*obperr.Code {
	codes := append([]*obperr.Code{}, d.Errors...)
	if d.RequestSchema != "" {
		codes = append(codes, obperr.InvalidJSONFormat, obperr.InvalidRequestPayload, obperr.RequestTooLarge)
	}
	return append(codes, obperr.UnknownError)
}

// SelfRendered is an error body that writes itself, in the form the request asked for
// (inWebo's answers are XML unless format=json).
type SelfRendered interface {
	Render(c *fiber.Ctx, status int) error
}
