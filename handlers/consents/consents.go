// Package consents is the area of the HTTP face for consents: a user lets an app act
// for them within named views and roles, confirmed with a one-time code; the app asks
// with a consent request and then calls with the Consent-JWT; the user and the bank
// revoke; the server's public keys verify every Consent-JWT offline.
package consents

import (
	"context"

	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/handlers"
)

// Consents is what the area needs of the consent service.
type Consents interface {
	Create(ctx context.Context, by call.Context, n consent.New) (consent.Consent, error)
	Answer(ctx context.Context, by call.Context, bankID, consentID, answer string) (consent.Consent, error)
	CreateRequest(ctx context.Context, by call.Context, kind string, payload []byte) (consent.Request, error)
	GetRequest(ctx context.Context, by call.Context, id string) (consent.Request, error)
	CreateFromRequest(ctx context.Context, by call.Context, requestID, method, apiVersion string) (consent.Consent, error)
	ForRequest(ctx context.Context, by call.Context, requestID string) (consent.Consent, error)
	Get(ctx context.Context, by call.Context, id string) (consent.Consent, error)
	GetForApp(ctx context.Context, by call.Context, id string) (consent.Consent, error)
	ListMine(ctx context.Context, by call.Context, bankID string, limit, offset int) ([]consent.Consent, error)
	ListAll(ctx context.Context, bankID string, limit, offset int) ([]consent.Consent, error)
	Revoke(ctx context.Context, by call.Context, bankID, id string) (consent.Consent, error)
	RevokeCurrent(ctx context.Context, by call.Context) (consent.Consent, error)
	RevokeAtBank(ctx context.Context, bankID, id string) (consent.Consent, error)
	SetStatus(ctx context.Context, by call.Context, bankID, id string, to consent.Status) (consent.Consent, error)
	SetStatusAtBank(ctx context.Context, bankID, id string, to consent.Status) (consent.Consent, error)
	SetAccountAccess(ctx context.Context, bankID, id string, ibans []string) (consent.Consent, error)
}

// Keys publishes the public keys that verify Consent-JWTs.
type Keys interface {
	JWKS() []keyring.JWK
}

type area struct {
	consents Consents
	keys     Keys
}

// Docs declares the area's endpoints.
func Docs(consents Consents, keys Keys) []handlers.ResourceDoc {
	a := &area{consents: consents, keys: keys}
	return append(append(a.userDocs(), a.requestDocs()...), a.managementDocs()...)
}
