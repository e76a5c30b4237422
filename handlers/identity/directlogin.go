package identity

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
)

func (a *area) directLoginDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv1.2.1-directLogin",
			Verb:        "POST",
			Path:        "/my/logins/direct",
			Summary:     "Direct Login",
			Description: "Logs a user in for an app. Send `DirectLogin: username=..., password=..., consumer_key=...` " +
				"(or the same after `Authorization: DirectLogin`), in any order. A value holding a comma, a quote or outer " +
				"spaces must be quoted, with " + `\\ for a backslash and \" for a quote: password="p,w \"x\""; ` +
				"an unclosed quote or another escape is OBP-20083. The username is matched regardless of case. The answer's token goes in " +
				"later calls as `DirectLogin: token=...`. Five wrong passwords in a row lock the user.",
			Tags:             []string{"User"},
			Auth:             handlers.OwnCredentials,
			NoBody:           true,
			SuccessStatus:    201,
			ExampleResponse:  directLoginJSON{Token: "eyJhbGciOiJIUzI1NiJ9...", ConsumerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh"},
			Errors:           handlers.ErrorsOf(obperr.DirectLoginMissingParameters, obperr.MissingDirectLoginHeader, obperr.InvalidDirectLoginHeader, obperr.InvalidConsumerKey, obperr.InvalidLoginCredentials, obperr.UsernameHasBeenLocked),
			ConnectorMethods: []string{},
			Handle:           a.directLogin,
		},
		{
			// Our addition: OBP has no way to end a DirectLogin session before it expires.
			OperationID:   "OBPv5.1.0-directLogout",
			Verb:          "DELETE",
			Path:          "/my/logins/direct",
			Summary:       "Direct Logout",
			Description:   "Revokes the DirectLogin token this call presents, on every server process at once.",
			Tags:          []string{"User"},
			Auth:          handlers.LoggedIn,
			SuccessStatus: 204,
			Errors:        handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.DirectLoginInvalidToken, obperr.InvalidDirectLoginHeader),
			Handle:        a.directLogout,
		},
	}
}
