// Package seal is the area of the HTTP face for transaction sealing: the user's sealing
// keys under OBP's paths (ours), and inWebo's verification API (GET /FS, sealVerify and
// sealDeferredVerify) with inWebo's answers, XML by default.
package seal

import (
	"context"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/seal"
	"github.com/obp-go/obp/handlers"
)

// Service is what the area needs of the sealing service.
type Service interface {
	Enrol(ctx context.Context, bankID, userID string, d seal.Device) (seal.Enrolled, error)
	Keys(ctx context.Context, bankID, userID string) ([]seal.Key, error)
	Revoke(ctx context.Context, bankID, userID, id string) error
	Verify(ctx context.Context, c seal.Check) (seal.Verdict, error)
}

type area struct{ svc Service }

// Docs declares the area's endpoints over svc.
func Docs(svc Service) []handlers.ResourceDoc {
	a := &area{svc: svc}
	return append(a.keyDocs(), a.verifyDoc())
}

const keysPath = "/obp/v5.1.0/banks/{BANK_ID}/users/current/sealing-keys"

// Construction is the code an app computes, for app authors.
const Construction = "The app computes OCRA (RFC 6287) with suite `" + seal.SuiteText + "`: HMAC-SHA-256 keyed with the " +
	"sealing key over the suite's UTF-8 bytes, a zero byte, the question and the time step; truncated as HOTP (RFC 4226) " +
	"to 8 digits. The question is the SHA-256 of the sealed data string (its 32 bytes, zero-padded to 128); the time " +
	"step is the Unix time divided by 30, as 8 big-endian bytes. The sealed data string joins the fields shown with `|`, " +
	"each with `\\` and `|` escaped by a `\\`: `PAYMENT|<amount>|<currency>|<payee account>|<payee name>` (the amount " +
	"with the currency's decimals, e.g. `PAYMENT|1000.00|GBP|OBP:gh.29.uk/omar-current|`), `CONSENT|<consent id>|<app name>`, " +
	"`AUTH_CONTEXT_UPDATE|<key>|<value>`. The server accepts a code from one step before to one step after its own " +
	"(±30 s around the step), once."

func (a *area) keyDocs() []handlers.ResourceDoc {
	tags := []string{"Transaction-Sealing"}
	user := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound, obperr.InvalidConsentIDUsage)
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.1.0-createMySealingKey", Verb: "POST", Path: keysPath,
			Summary: "Create My Sealing Key",
			Description: "Ours, beyond OBP: the logged-in user's app gets a sealing key for the SEALED_OTP SCA method and " +
				"inWebo's sealVerify. The answer carries the 32-byte key in hex (`key_hex`) and base32 (`key_base32`): shown " +
				"once, kept sealed with OBP_KEY_ENCRYPTION_KEY, never shown again. `name`, `alias`, `platform` and `version` " +
				"describe the app and device, as sealVerify answers name them.\n\n" + Construction,
			Tags: tags, Auth: handlers.LoggedIn, RequestSchema: "sealing_key_post", ExampleRequest: exampleEnrol,
			ExampleResponse: exampleEnrolled, SuccessStatus: 201, Errors: append(user, obperr.SealInvalidRequest), Handle: a.enrol,
		},
		{
			OperationID: "OBPv5.1.0-getMySealingKeys", Verb: "GET", Path: keysPath,
			Summary: "Get My Sealing Keys", Description: "The logged-in user's sealing keys at the bank, revoked ones included, without their secrets.",
			Tags: tags, Auth: handlers.LoggedIn, ExampleResponse: exampleKeys, Errors: user, Handle: a.keys,
		},
		{
			OperationID: "OBPv5.1.0-revokeMySealingKey", Verb: "DELETE", Path: keysPath + "/{SEALING_KEY_ID}",
			Summary: "Revoke My Sealing Key",
			Description: "Revokes one of the logged-in user's sealing keys: codes it seals are refused from now on (a deferred " +
				"verification of a seal made before still holds). Answers 204.",
			Tags: tags, Auth: handlers.LoggedIn, SuccessStatus: 204,
			Errors: append(user, obperr.SealingKeyNotFound, obperr.SealingKeyRevoked), Handle: a.revoke,
		},
	}
}

func (a *area) verifyDoc() handlers.ResourceDoc {
	return handlers.ResourceDoc{
		OperationID: "OBPseal1-sealVerify", Verb: "GET", Path: "/FS",
		Summary: "Verify a Sealed OTP (inWebo)",
		Description: "inWebo's transaction-sealing verification. `action=sealVerify` verifies `token` (the 8-digit code) " +
			"over `data` (the sealed data string) now; `action=sealDeferredVerify` at `date` (Unix seconds, the seal time; " +
			"not in the future). `serviceId` is the BANK_ID; `userId` is the user's login (username). The caller is a user " +
			"of an app (DirectLogin) holding CanVerifySealsAtOneBank at that bank. A code is accepted once, by this endpoint " +
			"or as a SEALED_OTP challenge answer.\n\nThe answer is XML (`<sealVerify>` or `<sealDeferredVerify>`, elements " +
			"err, name, alias, version, platform, type, timestamp), or JSON with `format=json`; `err` is `OK`, " +
			"`NOK:srv unknown` (no such bank), `NOK:FORBIDDEN` (the caller lacks the role; not logged in: HTTP 401), " +
			"`NOK:account unknown`, `NOK:NoKey` (no sealing key), `NOK:BadData` (not a code over these data then: possible " +
			"MITM), `NOK:Replayed` (accepted once already), `NOK:BadParameter:<name>` (HTTP 400) or `NOK:<OBP code>`. The " +
			"device fields are the sealing key's, on OK and NOK:Replayed; `type` is `mac`; `timestamp` is the call's Unix " +
			"time.\n\n" + Construction,
		Tags: []string{"Transaction-Sealing"}, Auth: handlers.LoggedIn, RawResponse: true, ExampleResponse: exampleVerdictXML,
		DecidedInService: &handlers.AnyOf{Roles: []role.Role{role.CanVerifySealsAtOneBank}},
		Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.SealInvalidRequest), RenderError: inWeboError,
		Handle: a.verify,
	}
}
