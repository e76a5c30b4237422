package consents

import (
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/seal"
	"github.com/obp-go/obp/domain/tms"
	"github.com/obp-go/obp/handlers"
)

const createDescription = "Creates a consent of the logged-in user for an app (`consumer_id`, the caller's app by " +
	"default): the `views` and `entitlements` named (or, with `everything`, all the user holds, at `bank_id` when given), " +
	"from `valid_from` (now by default; at most the configured tolerance in the past) for `time_to_live` seconds (at " +
	"most the configured maximum, OBP-35020). A user can delegate only views and roles they hold (OBP-35014, " +
	"OBP-35013), never CanCreateEntitlementAtOneBank or CanCreateEntitlementAtAnyBank (OBP-35033). The consent starts " +
	"INITIATED and a one-time code goes to the user through the challenge framework; answering it " +
	"(answerConsentChallenge) makes the consent ACCEPTED. The answer carries the Consent-JWT the app then sends in the " +
	"`Consent-JWT` header, with its `Consumer-Key`.\n\n" +
	"Deliberate difference from OBP: the code goes only to a destination on record for the user (their customer " +
	"record's mobile number at the bank, their e-mail address), never to one the body alone names (OBP-35043)."

func (a *area) userDocs() []handlers.ResourceDoc {
	createErrors := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.BankNotFound, obperr.ConsentDisabled,
		obperr.InvalidConsentIDUsage, obperr.ApplicationNotIdentified, obperr.ConsumerNotFoundByID,
		obperr.ConsumerAtConsentDisabled, obperr.ConsentMaxTTL, obperr.ConsentValidFromInThePast, obperr.InvalidDateFormat,
		obperr.RolesAllowedInConsent, obperr.ViewsAllowedInConsent, obperr.RolesForbiddenInConsent,
		obperr.IncorrectRoleName, obperr.EntitlementIsBankRole, obperr.EntitlementIsSystemRole,
		obperr.ConsentScaDestinationNotOnRecord, obperr.ScaMethodNotAvailable)
	mine := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.InvalidConsentIDUsage, obperr.ConsentNotFound)
	create := func(op, method, summary string) handlers.ResourceDoc {
		return handlers.ResourceDoc{
			OperationID: "OBPv3.1.0-" + op, Verb: "POST", Path: "/obp/v3.1.0/banks/{BANK_ID}/my/consents/" + method,
			Summary: summary, Description: createDescription, Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn,
			RequestSchema: "consent_post", ExampleRequest: exampleConsentPost(method), ExampleResponse: toConsentJSON310(exampleConsent),
			SuccessStatus: 201, Errors: createErrors, ConnectorMethods: []string{"getBank", "getConsentImplicitSCA", "createChallengesC3"},
			Handle: func(c *handlers.Call) error { return a.create(c, c.Param("BANK_ID"), method) },
		}
	}
	// Ours: OBP has no push confirmation. The consent waits INITIATED until the user's
	// enrolled device signs ACCEPT (or DECLINE) over the consent's app and grants.
	byTMS := create("createConsentTms", tms.MethodName, "Create Consent (TMS push confirmation)")
	byTMS.Description = createDescription + "\n\nOurs, beyond OBP: instead of a one-time code, a TMS is started for the " +
		"user's enrolled device (see the TMS API under /v1/tenants/{BANK_ID}); the consent becomes ACCEPTED when the " +
		"device signs ACCEPT over the text naming the app and every grant, REJECTED on DECLINE. Poll the consent for its status."
	// Ours: the consent waits INITIATED until its challenge is answered with a code the
	// user's app seals over the consent's id and app (SEALED_OTP).
	bySeal := create("createConsentSealedOtp", seal.MethodName, "Create Consent (SEALED_OTP transaction sealing)")
	bySeal.Description = createDescription + "\n\nOurs, beyond OBP: nothing is sent; the user's app, holding a sealing key " +
		"(createMySealingKey), computes the code over `CONSENT|<consent id>|<app name>` (see the README, \"Transaction " +
		"sealing\"), and the code answers the consent's challenge (answerConsentChallenge) as a one-time code would. A user " +
		"without a sealing key at the bank is OBP-40045."
	return []handlers.ResourceDoc{
		byTMS,
		bySeal,
		create("createConsentSms", consent.SMS, "Create Consent (SMS)"),
		create("createConsentEmail", consent.Email, "Create Consent (EMAIL)"),
		create("createConsentImplicit", consent.Implicit, "Create Consent (IMPLICIT)"),
		{
			OperationID: "OBPv5.1.0-createConsentImplicit", Verb: "POST", Path: "/obp/v5.1.0/my/consents/IMPLICIT",
			Summary: "Create Consent By CONSENT_IMPLICIT", Description: createDescription + "\n\nNot tied to a bank: the code goes to the user's e-mail address.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, RequestSchema: "consent_post",
			ExampleRequest: exampleConsentPost(consent.Implicit), ExampleResponse: toConsentJSON310(exampleConsent), SuccessStatus: 201,
			Errors: createErrors, ConnectorMethods: []string{"getConsentImplicitSCA", "createChallengesC3"},
			Handle: func(c *handlers.Call) error { return a.create(c, "", consent.Implicit) },
		},
		{
			OperationID: "OBPv3.1.0-answerConsentChallenge", Verb: "POST", Path: "/obp/v3.1.0/banks/{BANK_ID}/consents/{CONSENT_ID}/challenge",
			Summary: "Answer Consent Challenge",
			Description: "The user who created the consent answers its one-time code: the right code makes it ACCEPTED (once, " +
				"however many answers race), a wrong one is OBP-40016 with the attempts left, and when the attempts run out the " +
				"consent is REJECTED. An expired code is OBP-20211. To anyone else the consent does not exist (OBP-35001). A " +
				"consent confirmed on the user's device (a decoupled method) is not answered here (OBP-40050): get the consent " +
				"to follow its status.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, RequestSchema: "consent_challenge_post",
			ExampleRequest: answerPostJSON{Answer: "123456"}, ExampleResponse: toConsentJSON310(exampleAccepted), SuccessStatus: 201,
			Errors: append(mine, obperr.InvalidChallengeAnswer, obperr.OneTimePasswordExpired, obperr.ChallengeDecoupled, obperr.ConsentUpdateStatusError,
				obperr.ConsentExpiredIssue),
			ConnectorMethods: []string{"validateChallengeAnswerC4"},
			Handle:           a.answer,
		},
		{
			OperationID: "OBPv3.1.0-revokeConsent", Verb: "GET", Path: "/obp/v3.1.0/banks/{BANK_ID}/my/consents/{CONSENT_ID}/revoke",
			Summary: "Revoke Consent", Description: "The user who created the consent revokes it: from the next request on, on every server process, its Consent-JWT is refused (OBP-35005). A revoked consent cannot be revoked again (OBP-35012).",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ExampleResponse: toConsentJSON310(exampleRevoked),
			Errors: append(mine, obperr.ConsentAlreadyRevoked, obperr.ConsentUpdateStatusError),
			Handle: func(c *handlers.Call) error { return a.revoke(c, c.Param("BANK_ID")) },
		},
		{
			OperationID: "OBPv5.1.0-revokeMyConsent", Verb: "DELETE", Path: "/obp/v5.1.0/my/consents/{CONSENT_ID}",
			Summary: "Revoke My Consent", Description: "As revokeConsent, without the bank.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ExampleResponse: toConsentJSON310(exampleRevoked),
			Errors: append(mine, obperr.ConsentAlreadyRevoked, obperr.ConsentUpdateStatusError),
			Handle: func(c *handlers.Call) error { return a.revoke(c, "") },
		},
		{
			OperationID: "OBPv5.1.0-selfRevokeConsent", Verb: "DELETE", Path: "/obp/v5.1.0/my/consent/current",
			Summary: "Revoke Consent used in the Current Call", Description: "An app revokes the consent whose Consent-JWT it calls with.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ConsentUse: true, ExampleResponse: toConsentJSON310(exampleRevoked),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.ConsentNotFound, obperr.ConsentAlreadyRevoked),
			Handle: a.revokeCurrent,
		},
		{
			OperationID: "OBPv4.0.0-updateConsentStatus", Verb: "PUT", Path: "/obp/v4.0.0/banks/{BANK_ID}/consents/{CONSENT_ID}",
			Summary: "Update Consent Status",
			Description: "The user who created the consent sets its status to REJECTED or REVOKED (Berlin Group names are read too). " +
				"Deliberate difference from OBP: no status call makes a consent ACCEPTED (OBP-35025); only answering its one-time code does.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, RequestSchema: "consent_status_put",
			ExampleRequest: statusPutJSON{Status: "REJECTED"}, ExampleResponse: toConsentJSON310(exampleRevoked),
			Errors: append(mine, obperr.ConsentUpdateStatusError, obperr.ConsentAlreadyRevoked),
			Handle: a.setStatus,
		},
		{
			OperationID: "OBPv4.0.0-getConsents", Verb: "GET", Path: "/obp/v4.0.0/banks/{BANK_ID}/my/consents",
			Summary: "Get Consents", Description: "The consents the logged-in user created at the bank, newest first (`limit`, `offset`).",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ExampleResponse: toConsentsJSON400(exampleList),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.InvalidConsentIDUsage, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle: func(c *handlers.Call) error { return a.listMine(c, c.Param("BANK_ID"), false) },
		},
		{
			OperationID: "OBPv5.1.0-getMyConsentsByBank", Verb: "GET", Path: "/obp/v5.1.0/banks/{BANK_ID}/my/consents",
			Summary: "Get My Consents at Bank", Description: "The consents the logged-in user created at the bank, newest first, with their JWT payloads.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ExampleResponse: mustList510(exampleList),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.InvalidConsentIDUsage, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle: func(c *handlers.Call) error { return a.listMine(c, c.Param("BANK_ID"), true) },
		},
		{
			OperationID: "OBPv5.1.0-getMyConsents", Verb: "GET", Path: "/obp/v5.1.0/my/consents",
			Summary: "Get My Consents", Description: "Every consent the logged-in user created, newest first, with their JWT payloads.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ExampleResponse: mustList510(exampleList),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.InvalidConsentIDUsage, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle: func(c *handlers.Call) error { return a.listMine(c, "", true) },
		},
		{
			OperationID: "OBPv4.0.0-getConsentInfosByBank", Verb: "GET", Path: "/obp/v4.0.0/banks/{BANK_ID}/my/consent-infos",
			Summary: "Get Consents Info at Bank", Description: "The consents the logged-in user created at the bank, without their JWTs: status, app, last use.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ExampleResponse: toConsentInfosJSON400(exampleList),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.InvalidConsentIDUsage, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle: func(c *handlers.Call) error { return a.infos(c, c.Param("BANK_ID")) },
		},
		{
			OperationID: "OBPv4.0.0-getConsentInfos", Verb: "GET", Path: "/obp/v4.0.0/my/consent-infos",
			Summary: "Get Consents Info", Description: "Every consent the logged-in user created, without their JWTs.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ExampleResponse: toConsentInfosJSON400(exampleList),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.InvalidConsentIDUsage, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle: func(c *handlers.Call) error { return a.infos(c, "") },
		},
		{
			OperationID: "OBPv5.1.0-getConsentByConsentId", Verb: "GET", Path: "/obp/v5.1.0/user/current/consents/{CONSENT_ID}",
			Summary: "Get Consent By Consent Id via User", Description: "A consent the logged-in user created, with its JWT and roles.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, ExampleResponse: toUserConsentJSON510(exampleAccepted),
			Errors: mine, Handle: a.getMine,
		},
		{
			OperationID: "OBPv3.1.0-getServerJWK", Verb: "GET", Path: "/obp/v3.1.0/certs",
			Summary: "Get JSON Web Key (JWK)",
			Description: "The public keys that verify this server's Consent-JWTs (EdDSA, Ed25519), as a JSON Web Key Set: the " +
				"signing key and those retired by rotation that still verify. Deliberate difference from OBP: a key set " +
				"(`{\"keys\": [...]}`, RFC 7517) rather than one RSA key, so that rotation never breaks a verifier.",
			Tags: []string{"API Configuration", "Consent"}, Auth: handlers.Anonymous, ExampleResponse: exampleJWKS,
			Handle: a.jwks,
		},
	}
}
