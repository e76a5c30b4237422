package consents

import (
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
)

const requestNote = " The app is the consumer of the call's credentials; with OAuth2 client credentials it will be the app alone."

func (a *area) requestDocs() []handlers.ResourceDoc {
	appErrors := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.ApplicationNotIdentified, obperr.ConsentDisabled,
		obperr.InvalidConsentIDUsage)
	createErrors := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.ConsentDisabled, obperr.InvalidConsentIDUsage,
		obperr.ConsentRequestNotFound, obperr.ConsentRequestIsInvalid, obperr.ConsentAccountNotHeldByUser,
		obperr.ConsumerAtConsentDisabled, obperr.ConsentMaxTTL, obperr.ConsentValidFromInThePast,
		obperr.RolesAllowedInConsent, obperr.ViewsAllowedInConsent, obperr.RolesForbiddenInConsent,
		obperr.ConsentScaDestinationNotOnRecord, obperr.ScaMethodNotAvailable)
	fromRequest := func(method, summary string) handlers.ResourceDoc {
		return handlers.ResourceDoc{
			OperationID: "OBPv5.0.0-createConsentByConsentRequestId" + methodSuffix(method), Verb: "POST",
			Path:    "/obp/v5.0.0/consumer/consent-requests/{CONSENT_REQUEST_ID}/" + method + "/consents",
			Summary: summary,
			Description: "The logged-in user turns an app's consent request into a consent of theirs, INITIATED, and gets a " +
				"one-time code to answer (answerConsentChallenge). Accounts the request names by routing resolve only among " +
				"the accounts the user holds (OBP-35037); views and roles only as the user holds them (OBP-35014, OBP-35013). " +
				"A request yields at most one live consent.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, NoBody: true,
			ExampleResponse: toConsentJSON500(exampleConsent), SuccessStatus: 201, Errors: createErrors,
			ConnectorMethods: []string{"getBankAccounts", "getConsentImplicitSCA", "createChallengesC3"},
			Handle:           func(c *handlers.Call) error { return a.createFromRequest(c, method) },
		}
	}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.0.0-createConsentRequest", Verb: "POST", Path: "/obp/v5.0.0/consumer/consent-requests",
			Summary: "Create Consent Request",
			Description: "An app asks for a user's consent: the accounts (by routing) and views, roles, validity and where the " +
				"one-time code should go. A user then turns it into a consent (createConsentByConsentRequestIdSms, ...). What " +
				"could never become a consent is refused at once (forbidden roles, a time to live above the maximum)." + requestNote,
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.ApplicationOnly, RequestSchema: "consent_request_post",
			ExampleRequest: exampleRequestPost, ExampleResponse: toConsentRequestJSON(exampleRequest), SuccessStatus: 201,
			Errors: append(appErrors, obperr.RolesForbiddenInConsent, obperr.ConsentMaxTTL, obperr.InvalidDateFormat),
			Handle: func(c *handlers.Call) error { return a.createRequest(c, consent.KindOBP) },
		},
		{
			OperationID: "OBPv5.1.0-createVRPConsentRequest", Verb: "POST", Path: "/obp/v5.1.0/consumer/vrp-consent-requests",
			Summary: "Create Consent Request VRP",
			Description: "An app asks for a variable-recurring-payments consent: pay one payee (`to_account`) from one account " +
				"(`from_account`) within limits (single amount, monthly and yearly amounts and counts, totals). The consent made " +
				"from it holds a custom view of its own on the account, the payee under it and the payee's limits; payments with " +
				"its Consent-JWT beyond a limit are refused (OBP-30268)." + requestNote,
			Tags: []string{"Consent", "PSD2", "VRP"}, Auth: handlers.ApplicationOnly, RequestSchema: "vrp_consent_request_post",
			ExampleRequest: exampleVRPPost, ExampleResponse: toConsentRequestJSON(exampleVRPRequest), SuccessStatus: 201,
			Errors: append(appErrors, obperr.ConsentMaxTTL, obperr.InvalidDateFormat, obperr.ConsentRequestIsInvalid,
				obperr.InvalidISOCurrencyCode, obperr.CounterpartyLimitValidationError),
			Handle: func(c *handlers.Call) error { return a.createRequest(c, consent.KindVRP) },
		},
		{
			OperationID: "OBPv5.0.0-getConsentRequest", Verb: "GET", Path: "/obp/v5.0.0/consumer/consent-requests/{CONSENT_REQUEST_ID}",
			Summary: "Get Consent Request", Description: "A consent request, to the app that made it (OBP-35028 to any other)." + requestNote,
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.ApplicationOnly, ExampleResponse: toConsentRequestJSON(exampleRequest),
			Errors: append(appErrors, obperr.ConsentRequestNotFound), Handle: a.getRequest,
		},
		fromRequest(consent.SMS, "Create Consent By CONSENT_REQUEST_ID (SMS)"),
		fromRequest(consent.Email, "Create Consent By CONSENT_REQUEST_ID (EMAIL)"),
		fromRequest(consent.Implicit, "Create Consent By CONSENT_REQUEST_ID (IMPLICIT)"),
		{
			OperationID: "OBPv5.0.0-getConsentByConsentRequestId", Verb: "GET", Path: "/obp/v5.0.0/consumer/consent-requests/{CONSENT_REQUEST_ID}/consents",
			Summary: "Get Consent By Consent Request Id", Description: "The consent made from the app's consent request, with its JWT once the user answered." + requestNote,
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.ApplicationOnly, ExampleResponse: toConsentJSON500(exampleAccepted),
			Errors: append(appErrors, obperr.ConsentRequestNotFound, obperr.ConsentNotFound), Handle: a.forRequest,
		},
		{
			OperationID: "OBPv5.1.0-getConsentByConsentIdViaConsumer", Verb: "GET", Path: "/obp/v5.1.0/consumer/current/consents/{CONSENT_ID}",
			Summary: "Get Consent By Consent Id via Consumer",
			Description: "A consent, to the app it was given to (OBP-35001 to any other): its JWT, the account it covers and, " +
				"for a VRP consent, the payee it may pay (`helper_info.counterparty_ids`)." + requestNote,
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.ApplicationOnly, ConsentUse: true, ExampleResponse: toAppConsentJSON510(exampleAccepted),
			Errors: append(appErrors, obperr.ConsentNotFound), Handle: a.getForApp,
		},
	}
}

// methodSuffix is OBP's operation-id suffix for an SCA method: Sms, Email, Implicit.
func methodSuffix(method string) string {
	switch method {
	case consent.SMS:
		return "Sms"
	case consent.Email:
		return "Email"
	}
	return "Implicit"
}
