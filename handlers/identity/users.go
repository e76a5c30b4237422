package identity

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

var userPathErrors = handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNotFoundByProviderAndUsername)

func (a *area) userDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv2.0.0-createUser",
			Verb:        "POST",
			Path:        "/obp/v2.0.0/users",
			Summary:     "Create User",
			Description: "Signs a user up with a username and a strong password (at least 10 characters mixing upper and lower case letters, digits and a special character, or 17 to 512 characters of anything). " +
				"Usernames are unique regardless of case (`Alice` and `alice` are one name, OBP-20258), and letters with a case must be ASCII. " +
				"A password may hold anything a DirectLogin header can carry when quoted: no line breaks or other control characters except tab.",
			Tags:            []string{"User"},
			RequestSchema:   "user_post",
			ExampleRequest:  userPostJSON{Email: "felixsmith@example.com", Username: "felixsmith", Password: "fhr5&Hw9-Kp2", FirstName: "Felix", LastName: "Smith"},
			ExampleResponse: toUserJSON200(wire.ExampleUser, nil),
			SuccessStatus:   201,
			Errors:          handlers.ErrorsOf(obperr.InvalidStrongPasswordFormat, obperr.DuplicateUsername),
			Handle:          a.createUser,
		},
		{
			OperationID:     "OBPv3.0.0-getCurrentUser",
			ConsentUse:      true, // lists only what the consent's own user holds
			Verb:            "GET",
			Path:            "/obp/v3.0.0/users/current",
			Summary:         "Get User (Current)",
			Description:     "The logged-in user, with their entitlements and the views they have on accounts.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			ExampleResponse: toUserJSON300(exampleProfile),
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn),
			Handle:          a.getCurrentUser,
		},
		{
			OperationID:     "OBPv4.0.0-getCurrentUserId",
			ConsentUse:      true, // lists only what the consent's own user holds
			Verb:            "GET",
			Path:            "/obp/v4.0.0/users/current/user_id",
			Summary:         "Get User Id (Current)",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			ExampleResponse: userIDJSON{UserID: wire.ExampleUser.ID},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn),
			Handle:          a.getCurrentUserID,
		},
		{
			OperationID:     "OBPv4.0.0-getUserByUserId",
			Verb:            "GET",
			Path:            "/obp/v4.0.0/users/user_id/{USER_ID}",
			Summary:         "Get User by USER_ID",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetAnyUser},
			ExampleResponse: toUserJSON400(exampleProfile),
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNotFoundByID),
			Handle:          a.getUserByID,
		},
		{
			OperationID:     "OBPv4.0.0-getUsers",
			Verb:            "GET",
			Path:            "/obp/v4.0.0/users",
			Summary:         "Get all Users",
			Description:     "Lists users, oldest first. Query parameters `limit` (default 50, at most 1000) and `offset`.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetAnyUser},
			ExampleResponse: usersJSON400{Users: []userJSON400{toUserJSON400(exampleProfile)}},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          a.getUsers,
		},
		{
			OperationID:     "OBPv5.1.0-lockUserByProviderAndUsername",
			Verb:            "POST",
			Path:            "/obp/v5.1.0/users/{PROVIDER}/{USERNAME}/locks",
			Summary:         "Lock the user",
			Description:     "Locks a user: they cannot log in, and their tokens are refused at once. PROVIDER is percent-encoded.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanLockUser},
			NoBody:          true,
			SuccessStatus:   201,
			ExampleResponse: userLockStatusJSON{UserID: wire.ExampleUser.ID, TypeOfLock: "lock_via_api", LastLockDate: "2024-01-01T00:00:00Z"},
			Errors:          userPathErrors,
			Handle:          a.lockUser,
		},
		{
			OperationID:     "OBPv5.1.0-unlockUserByProviderAndUsername",
			Verb:            "PUT",
			Path:            "/obp/v5.1.0/users/{PROVIDER}/{USERNAME}/lock-status",
			Summary:         "Unlock the user",
			Description:     "Unlocks a user and resets their failed-login count.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanUnlockUser},
			NoBody:          true,
			ExampleResponse: badLoginStatusJSON{Username: wire.ExampleUser.Username},
			Errors:          userPathErrors,
			Handle:          a.unlockUser,
		},
		{
			OperationID:     "OBPv5.1.0-getUserLockStatus",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/users/{PROVIDER}/{USERNAME}/lock-status",
			Summary:         "Get User Lock Status",
			Description:     "Failed logins since the last success or reset, and whether the user is locked.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanReadUserLockedStatus},
			ExampleResponse: badLoginStatusJSON{Username: wire.ExampleUser.Username, BadAttemptsSinceLastSuccessOrReset: 2},
			Errors:          userPathErrors,
			Handle:          a.getUserLockStatus,
		},
	}
}
