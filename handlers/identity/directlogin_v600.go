package identity

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
)

// directLoginV600Doc is v6.0.0's DirectLogin under the version prefix: the same login,
// the same headers (DirectLogin or Authorization: DirectLogin, quoted values) and answer
// as the unversioned /my/logins/direct.
func (a *area) directLoginV600Doc() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{{
		OperationID: "OBPv6.0.0-directLoginEndpoint",
		Verb:        "POST",
		Path:        "/obp/v6.0.0/my/logins/direct",
		Summary:     "Direct Login (versioned)",
		Description: "The DirectLogin of `/my/logins/direct` under the version prefix, answering the same. Send " +
			"`DirectLogin: username=..., password=..., consumer_key=...` (or the same after `Authorization: DirectLogin`); " +
			"a value holding a comma, a quote or outer spaces must be quoted. The answer's token goes in later calls as " +
			"`DirectLogin: token=...`.",
		Tags:             []string{"User"},
		Auth:             handlers.OwnCredentials,
		NoBody:           true,
		SuccessStatus:    201,
		ExampleResponse:  directLoginJSON{Token: "eyJhbGciOiJIUzI1NiJ9...", ConsumerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh"},
		Errors:           handlers.ErrorsOf(obperr.DirectLoginMissingParameters, obperr.MissingDirectLoginHeader, obperr.InvalidDirectLoginHeader, obperr.InvalidConsumerKey, obperr.InvalidLoginCredentials, obperr.UsernameHasBeenLocked),
		ConnectorMethods: []string{},
		Handle:           a.directLogin,
	}}
}
