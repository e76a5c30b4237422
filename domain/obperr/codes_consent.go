package obperr

// Consent, consent-request, counterparty-limit and user-auth-context errors, with OBP's
// numbers and texts (ErrorMessages.scala). OBP answers most with 400; the ones it maps to
// 401 (ConsentStatusIssue, ConsentDisabled) keep that status, and we answer 401 to every
// failure to authenticate a Consent-JWT, since that is what each of them is.
var (
	// ConsentNotFound answers an endpoint naming a consent; a Consent-JWT naming none fails
	// authentication with the same number as a 401 (ConsentUnknown).
	ConsentNotFound                 = &Code{"OBP-35001", 404, "Consent not found by CONSENT_ID."}
	ConsentUnknown                  = &Code{"OBP-35001", 401, "Consent not found by CONSENT_ID."}
	ConsentNotBeforeIssue           = &Code{"OBP-35002", 401, "The Consent Not Before time (nbf) is in the future. Not Before (nbf) should be in the past. Please make sure the Consent nbf is before the current date time of the OBP API server."}
	ConsentExpiredIssue             = &Code{"OBP-35003", 401, "Consent-Id is expired."}
	ConsentVerificationIssue        = &Code{"OBP-35004", 401, "Consent-Id JWT value couldn't be verified."}
	ConsentStatusIssue              = &Code{"OBP-35005", 401, "Consent-Id is not in status ACCEPTED."}
	ConsentDisabled                 = &Code{"OBP-35007", 401, "Consents are not allowed at this instance."}
	ConsentAllowedScaMethods        = &Code{"OBP-35009", 400, "Only SMS, EMAIL and IMPLICIT are supported as SCA methods."}
	ConsentAlreadyRevoked           = &Code{"OBP-35012", 400, "Consent is already revoked."}
	RolesAllowedInConsent           = &Code{"OBP-35013", 403, "Consents can only contain Roles that you already have access to."}
	ViewsAllowedInConsent           = &Code{"OBP-35014", 403, "Consents can only contain Views that you already have access to."}
	ConsentDoesNotMatchConsumer     = &Code{"OBP-35015", 401, "The Consent does not match a valid Consumer."}
	ConsumerKeyHeaderMissing        = &Code{"OBP-35016", 401, "The Consumer-Key request header is missing. The request header must contain the Consumer-Key of the Consumer that was used to create the Consent."}
	ConsumerAtConsentDisabled       = &Code{"OBP-35017", 401, "The Consumer specified in this consent is disabled."}
	ConsumerAtConsentCannotBeFound  = &Code{"OBP-35018", 401, "The Consumer specified in this consent cannot be found."}
	ConsumerValidationMethodUnknown = &Code{"OBP-35019", 401, "Consumer validation method for consent is not defined at this instance."}
	ConsentMaxTTL                   = &Code{"OBP-35020", 400, "You exceeded max value of time to live of consents."}
	ConsentDoesNotMatchUser         = &Code{"OBP-35023", 403, "The Consent does not match a valid User."}
	ConsentUpdateStatusError        = &Code{"OBP-35025", 400, "The Consent's status cannot be updated."}
	ConsentRequestNotFound          = &Code{"OBP-35028", 404, "Consent Request not found by CONSENT_REQUEST_ID."}
	ConsentRequestIsInvalid         = &Code{"OBP-35029", 400, "The CONSENT_REQUEST_ID is invalid."}
	ConsentHeaderValueInvalid       = &Code{"OBP-35032", 401, "The Consent's Request Header value is not formatted as UUID or JWT."}
	RolesForbiddenInConsent         = &Code{"OBP-35033", 403, "Consents cannot contain the following Roles: CanCreateEntitlementAtOneBank and CanCreateEntitlementAtAnyBank."}
	AuthContextUpdateScaMethods     = &Code{"OBP-35034", 400, "Unsupported as SCA method."}
	ConsentAccountNotHeldByUser     = &Code{"OBP-35037", 403, "One or more of the specified accounts is not held by the current user. A consent may only be authorised for accounts the authorising user holds."}
	// Ours: valid_from lies further in the past than the configured tolerance.
	ConsentValidFromInThePast = &Code{"OBP-35042", 400, "valid_from must not lie in the past."}
	// Ours: the one-time code may only go to a phone number or e-mail address the bank
	// holds for the user; OBP sends it wherever the body says.
	ConsentScaDestinationNotOnRecord = &Code{"OBP-35043", 403, "The one-time code can only be sent to a phone number or e-mail address on record for you at this bank."}
	// Ours: the consent's frequency_per_day is used up for today (OBP's Berlin Group
	// surface answers 429 "ACCESS_EXCEEDED").
	ConsentUsedUpToday = &Code{"OBP-35044", 429, "This Consent has been used as often as it may be today."}

	AuthorizationHeaderAmbiguity = &Code{"OBP-20250", 400, "Request headers used for authorization are ambiguous."}
	InvalidConsentIDUsage        = &Code{"OBP-20256", 403, "Consent-Id must not be used for this API Endpoint."}

	CounterpartyLimitValidationError   = &Code{"OBP-30268", 400, "Counterparty Limit Validation Error."}
	InvalidAuthContextUpdateRequestKey = &Code{"OBP-30088", 400, "Invalid Auth Context Update Request Key."}
	DeleteUserAuthContextNotFound      = &Code{"OBP-30056", 404, "UserAuthContext not found by USER_AUTH_CONTEXT_ID."}
	UserAuthContextUpdateNotFound      = &Code{"OBP-30057", 404, "User Auth Context Update not found by AUTH_CONTEXT_UPDATE_ID."}
)
