// Package authcontext is the area of the HTTP face for users' auth contexts: the
// key/value pairs sent on to adapters with every call. Administrators set them by role;
// a user sets their own by answering a one-time code.
package authcontext

import (
	"context"

	"github.com/obp-go/obp/domain/authcontext"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// Contexts is what the area needs of the auth-context service.
type Contexts interface {
	Create(ctx context.Context, by call.Context, userID string, p authcontext.Pair) (authcontext.UserAuthContext, error)
	List(ctx context.Context, userID string) ([]authcontext.UserAuthContext, error)
	DeleteAll(ctx context.Context, userID string) error
	Delete(ctx context.Context, userID, id string) error
	RequestUpdate(ctx context.Context, by call.Context, bankID, method string, p authcontext.Pair) (authcontext.Update, error)
	AnswerUpdate(ctx context.Context, by call.Context, bankID, updateID, answer string) (authcontext.Update, error)
}

type area struct{ contexts Contexts }

// Docs declares the area's endpoints over contexts.
func Docs(contexts Contexts) []handlers.ResourceDoc {
	return (&area{contexts: contexts}).docs()
}

const about = "A user's auth context is a set of key/value pairs, one per key, sent on to the adapters with every " +
	"call the user makes (OBP's outboundAdapterAuthInfo.userAuthContext); banks use it to map the OBP user to " +
	"their own customer, e.g. CUSTOMER_NUMBER."

func (a *area) docs() []handlers.ResourceDoc {
	roleErrors := func(more ...*obperr.Code) []*obperr.Code {
		return append(handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNotFoundByID), more...)
	}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.0.0-createUserAuthContext",
			Verb:        "POST",
			Path:        "/obp/v5.0.0/users/{USER_ID}/auth-context",
			Summary:     "Create User Auth Context",
			Description: about + " Sets one pair for USER_ID; a pair the user has under that key already takes the new " +
				"value and keeps its id.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanCreateUserAuthContext},
			RequestSchema:   "user_auth_context_post",
			ExampleRequest:  examplePost,
			ExampleResponse: exampleUserAuthContext,
			SuccessStatus:   201,
			Errors:          roleErrors(),
			Handle:          a.createUserAuthContext,
		},
		{
			OperationID:     "OBPv5.0.0-getUserAuthContexts",
			Verb:            "GET",
			Path:            "/obp/v5.0.0/users/{USER_ID}/auth-context",
			Summary:         "Get User Auth Contexts",
			Description:     about + " Lists USER_ID's pairs by key.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetUserAuthContext},
			ExampleResponse: userAuthContextsJSON{UserAuthContexts: []userAuthContextJSON{exampleUserAuthContext}},
			Errors:          roleErrors(),
			Handle:          a.getUserAuthContexts,
		},
		{
			OperationID: "OBPv3.1.0-deleteUserAuthContexts",
			Verb:        "DELETE",
			Path:        "/obp/v3.1.0/users/{USER_ID}/auth-context",
			Summary:     "Delete User's Auth Contexts",
			Description: "Deletes every pair of USER_ID's auth context. Answers 204 with no body, as OBP's specification " +
				"says (OBP's own code answers 200 `true`).",
			Tags:          []string{"User"},
			Auth:          handlers.LoggedIn,
			Roles:         []role.Role{role.CanDeleteUserAuthContext},
			SuccessStatus: 204,
			Errors:        roleErrors(),
			Handle:        a.deleteUserAuthContexts,
		},
		{
			OperationID: "OBPv3.1.0-deleteUserAuthContextById",
			Verb:        "DELETE",
			Path:        "/obp/v3.1.0/users/{USER_ID}/auth-context/{USER_AUTH_CONTEXT_ID}",
			Summary:     "Delete User Auth Context",
			Description: "Deletes one pair of USER_ID's auth context; a pair of another user is not found (OBP-30056). " +
				"Answers 204 with no body, as OBP's specification says (OBP's own code answers 200 `true`).",
			Tags:          []string{"User"},
			Auth:          handlers.LoggedIn,
			Roles:         []role.Role{role.CanDeleteUserAuthContext},
			SuccessStatus: 204,
			Errors:        roleErrors(obperr.DeleteUserAuthContextNotFound),
			Handle:        a.deleteUserAuthContextByID,
		},
		{
			OperationID: "OBPv5.0.0-createUserAuthContextUpdateRequest",
			Verb:        "POST",
			Path:        "/obp/v5.0.0/banks/{BANK_ID}/users/current/auth-context-updates/{SCA_METHOD}",
			Summary:     "Create User Auth Context Update Request",
			Description: about + " Asks to set one pair of the current user's own auth context. A one-time code is " +
				"sent by SCA_METHOD, SMS or EMAIL (OBP-35034 otherwise), to the mobile number of the user's customer " +
				"record at BANK_ID or to their e-mail address (OBP-40045 when there is none); answering it makes the " +
				"pair the user's. The key must be one users may set themselves, such as CUSTOMER_NUMBER or " +
				"PHONE_NUMBER (OBP-30088 otherwise).",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			RequestSchema:   "user_auth_context_post",
			ExampleRequest:  examplePost,
			ExampleResponse: exampleUpdate(authcontext.Initiated),
			SuccessStatus:   201,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.AuthContextUpdateScaMethods,
				obperr.InvalidAuthContextUpdateRequestKey, obperr.BankNotFound, obperr.ScaMethodNotAvailable),
			Handle: a.createUserAuthContextUpdateRequest,
		},
		{
			OperationID: "OBPv5.0.0-answerUserAuthContextUpdateChallenge",
			Verb:        "POST",
			Path:        "/obp/v5.0.0/banks/{BANK_ID}/users/current/auth-context-updates/{AUTH_CONTEXT_UPDATE_ID}/challenge",
			Summary:     "Answer User Auth Context Update Challenge",
			Description: "Answers the one-time code of the current user's auth-context update at BANK_ID. The right " +
				"code makes the status ACCEPTED and the pair the user's (replacing the value they had under the key); " +
				"the last allowed wrong answer makes it REJECTED; both answer 200 with the update, as OBP's code " +
				"does. A wrong answer with attempts left is OBP-40016, an expired code OBP-20211; an update of " +
				"another user or bank is not found (OBP-30057).",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			RequestSchema:   "user_auth_context_update_challenge_post",
			ExampleRequest:  challengeAnswerJSON{Answer: "123456"},
			ExampleResponse: exampleUpdate(authcontext.Accepted),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserAuthContextUpdateNotFound,
				obperr.InvalidChallengeAnswer, obperr.OneTimePasswordExpired),
			Handle: a.answerUserAuthContextUpdateChallenge,
		},
	}
}
