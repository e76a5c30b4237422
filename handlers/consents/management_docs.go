package consents

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

func (a *area) managementDocs() []handlers.ResourceDoc {
	bankErrors := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.ConsentNotFound)
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.1.0-revokeConsentAtBank", Verb: "DELETE", Path: "/obp/v5.1.0/banks/{BANK_ID}/consents/{CONSENT_ID}",
			Summary: "Revoke Consent at Bank",
			Description: "The bank revokes a consent that concerns it (created at it, or granting anything there): from the " +
				"next request on, on every server process, its Consent-JWT is refused.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanRevokeConsentAtBank},
			ExampleResponse: toConsentJSON310(exampleRevoked),
			Errors:          append(bankErrors, obperr.ConsentAlreadyRevoked, obperr.ConsentUpdateStatusError),
			Handle:          a.revokeAtBank,
		},
		{
			OperationID: "OBPv5.1.0-updateConsentStatusByConsent", Verb: "PUT", Path: "/obp/v5.1.0/management/banks/{BANK_ID}/consents/{CONSENT_ID}",
			Summary: "Update Consent Status by CONSENT_ID",
			Description: "The bank sets a consent's status to REJECTED or REVOKED. Deliberate difference from OBP: never to " +
				"ACCEPTED (OBP-35025); only the user's one-time code accepts a consent.",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn,
			Roles:         []role.Role{role.CanUpdateConsentStatusAtOneBank, role.CanUpdateConsentStatusAtAnyBank},
			RequestSchema: "consent_status_put", ExampleRequest: statusPutJSON{Status: "REVOKED"}, ExampleResponse: toConsentJSON310(exampleRevoked),
			Errors: append(bankErrors, obperr.ConsentUpdateStatusError, obperr.ConsentAlreadyRevoked),
			Handle: a.setStatusAtBank,
		},
		{
			OperationID: "OBPv5.1.0-updateConsentAccountAccessByConsentId", Verb: "PUT",
			Path:    "/obp/v5.1.0/management/banks/{BANK_ID}/consents/{CONSENT_ID}/account-access",
			Summary: "Update Consent Account Access by CONSENT_ID",
			Description: "Names, by IBAN, the accounts at the bank an INITIATED consent covers. Each must be held by the user " +
				"who created the consent (OBP-35037) and gets the views the consent already names (owner when none), which " +
				"that user must hold (OBP-35014).",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn,
			Roles:         []role.Role{role.CanUpdateConsentAccountAccessAtOneBank, role.CanUpdateConsentAccountAccessAtAnyBank},
			RequestSchema: "consent_account_access_put", ExampleRequest: exampleAccountAccessPut, ExampleResponse: toConsentJSON310(exampleConsent),
			Errors: append(bankErrors, obperr.ConsentUpdateStatusError, obperr.ConsentAccountNotHeldByUser, obperr.ViewsAllowedInConsent),
			Handle: a.setAccountAccess,
		},
		{
			OperationID: "OBPv5.1.0-getConsentsAtBank", Verb: "GET", Path: "/obp/v5.1.0/management/consents/banks/{BANK_ID}",
			Summary: "Get Consents at Bank", Description: "Every consent created at the bank, newest first (`limit`, `offset`).",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetConsentsAtOneBank, role.CanGetConsentsAtAnyBank},
			ExampleResponse: mustManaged510(exampleList),
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          func(c *handlers.Call) error { return a.listAll(c, c.Param("BANK_ID")) },
		},
		{
			OperationID: "OBPv5.1.0-getConsents", Verb: "GET", Path: "/obp/v5.1.0/management/consents",
			Summary: "Get Consents", Description: "Every consent, newest first (`limit`, `offset`).",
			Tags: []string{"Consent", "PSD2"}, Auth: handlers.LoggedIn, Roles: []role.Role{role.CanGetConsentsAtAnyBank},
			ExampleResponse: mustManaged510(exampleList),
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          func(c *handlers.Call) error { return a.listAll(c, "") },
		},
	}
}
