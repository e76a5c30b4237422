package handlers

import (
	"github.com/obp-go/obp/domain/directory"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

type userPostJSON struct {
	Email     string `json:"email"`
	Username  string `json:"username"`
	Password  string `json:"password"`
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
}

type userIDJSON struct {
	UserID string `json:"user_id"`
}

var exampleEntitlements = []entitlement.Entitlement{{ID: "6fb17583-1e49-4435-bb74-a14fe0996723", BankID: "gh.29.uk", RoleName: "CanCreateAccount"}}

var exampleProfile = directory.Profile{User: wire.ExampleUser, Entitlements: exampleEntitlements,
	Access: []view.Access{{BankID: "gh.29.uk", AccountID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", ViewID: "owner"}}}

var userPathErrors = ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNotFoundByProviderAndUsername)

func (s *Server) userDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID: "OBPv2.0.0-createUser",
			Verb:        "POST",
			Path:        "/obp/v5.1.0/users",
			Summary:     "Create User",
			Description: "Signs a user up with a username and a strong password (at least 10 characters mixing upper and lower case letters, digits and a special character, or 17 to 512 characters of anything). " +
				"Usernames are unique regardless of case (`Alice` and `alice` are one name, OBP-20258), and letters with a case must be ASCII. " +
				"A password may hold anything a DirectLogin header can carry when quoted: no line breaks or other control characters except tab.",
			Tags:            []string{"User"},
			RequestSchema:   "user_post",
			ExampleRequest:  userPostJSON{Email: "felixsmith@example.com", Username: "felixsmith", Password: "fhr5&Hw9-Kp2", FirstName: "Felix", LastName: "Smith"},
			ExampleResponse: toUserJSON200(wire.ExampleUser, nil),
			SuccessStatus:   201,
			Errors:          ErrorsOf(obperr.InvalidStrongPasswordFormat, obperr.DuplicateUsername),
			Handle:          s.createUser,
		},
		{
			OperationID:     "OBPv3.0.0-getCurrentUser",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/users/current",
			Summary:         "Get User (Current)",
			Description:     "The logged-in user, with their entitlements and the views they have on accounts.",
			Tags:            []string{"User"},
			Auth:            LoggedIn,
			ExampleResponse: toUserJSON300(exampleProfile),
			Errors:          ErrorsOf(obperr.UserNotLoggedIn),
			Handle:          s.getCurrentUser,
		},
		{
			OperationID:     "OBPv4.0.0-getCurrentUserId",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/users/current/user_id",
			Summary:         "Get User Id (Current)",
			Tags:            []string{"User"},
			Auth:            LoggedIn,
			ExampleResponse: userIDJSON{UserID: wire.ExampleUser.ID},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn),
			Handle:          func(c *Call) error { return c.JSON(userIDJSON{UserID: c.Principal.UserID}) },
		},
		{
			OperationID:     "OBPv4.0.0-getUserByUserId",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/users/user_id/{USER_ID}",
			Summary:         "Get User by USER_ID",
			Tags:            []string{"User"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetAnyUser},
			ExampleResponse: toUserJSON400(exampleProfile),
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNotFoundByID),
			Handle:          s.getUserByID,
		},
		{
			OperationID:     "OBPv4.0.0-getUsers",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/users",
			Summary:         "Get all Users",
			Description:     "Lists users, oldest first. Query parameters `limit` (default 50, at most 1000) and `offset`.",
			Tags:            []string{"User"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetAnyUser},
			ExampleResponse: usersJSON400{Users: []userJSON400{toUserJSON400(exampleProfile)}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          s.getUsers,
		},
		{
			OperationID:     "OBPv5.1.0-lockUserByProviderAndUsername",
			Verb:            "POST",
			Path:            "/obp/v5.1.0/users/{PROVIDER}/{USERNAME}/locks",
			Summary:         "Lock the user",
			Description:     "Locks a user: they cannot log in, and their tokens are refused at once. PROVIDER is percent-encoded.",
			Tags:            []string{"User"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanLockUser},
			NoBody:          true,
			SuccessStatus:   201,
			ExampleResponse: userLockStatusJSON{UserID: wire.ExampleUser.ID, TypeOfLock: "lock_via_api", LastLockDate: "2024-01-01T00:00:00Z"},
			Errors:          userPathErrors,
			Handle:          s.lockUser,
		},
		{
			OperationID:     "OBPv5.1.0-unlockUserByProviderAndUsername",
			Verb:            "PUT",
			Path:            "/obp/v5.1.0/users/{PROVIDER}/{USERNAME}/lock-status",
			Summary:         "Unlock the user",
			Description:     "Unlocks a user and resets their failed-login count.",
			Tags:            []string{"User"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanUnlockUser},
			NoBody:          true,
			ExampleResponse: badLoginStatusJSON{Username: wire.ExampleUser.Username},
			Errors:          userPathErrors,
			Handle:          s.unlockUser,
		},
		{
			OperationID:     "OBPv5.1.0-getUserLockStatus",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/users/{PROVIDER}/{USERNAME}/lock-status",
			Summary:         "Get User Lock Status",
			Description:     "Failed logins since the last success or reset, and whether the user is locked.",
			Tags:            []string{"User"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanReadUserLockedStatus},
			ExampleResponse: badLoginStatusJSON{Username: wire.ExampleUser.Username, BadAttemptsSinceLastSuccessOrReset: 2},
			Errors:          userPathErrors,
			Handle:          s.getUserLockStatus,
		},
	}
}

func (s *Server) createUser(c *Call) error {
	var in userPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	u, err := s.deps.Users.Create(c.Ctx, user.NewUser{Email: in.Email, Username: in.Username, Password: in.Password,
		FirstName: in.FirstName, LastName: in.LastName})
	if err != nil {
		return err
	}
	return c.JSON(toUserJSON200(u, nil))
}

func (s *Server) getCurrentUser(c *Call) error {
	p, err := s.deps.Directory.Profile(c.Ctx, c.Principal.UserID)
	if err != nil {
		return err
	}
	return c.JSON(toUserJSON300(p))
}

func (s *Server) getUserByID(c *Call) error {
	p, err := s.deps.Directory.Profile(c.Ctx, c.Param("USER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toUserJSON400(p))
}

// getUsers loads a page of users and all their grants in three reads.
func (s *Server) getUsers(c *Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	profiles, err := s.deps.Directory.Profiles(c.Ctx, limit, offset)
	if err != nil {
		return err
	}
	out := usersJSON400{Users: make([]userJSON400, len(profiles))}
	for i, p := range profiles {
		out.Users[i] = toUserJSON400(p)
	}
	return c.JSON(out)
}

func (s *Server) lockUser(c *Call) error {
	u, err := s.deps.Users.Lock(c.Ctx, c.Param("PROVIDER"), c.Param("USERNAME"))
	if err != nil {
		return err
	}
	return c.JSON(userLockStatusJSON{UserID: u.ID, TypeOfLock: "lock_via_api", LastLockDate: wire.Time(*u.LockedAt)})
}

func (s *Server) unlockUser(c *Call) error {
	u, err := s.deps.Users.Unlock(c.Ctx, c.Param("PROVIDER"), c.Param("USERNAME"))
	if err != nil {
		return err
	}
	return c.JSON(toBadLoginStatus(u))
}

func (s *Server) getUserLockStatus(c *Call) error {
	u, err := s.deps.Users.ByUsername(c.Ctx, c.Param("PROVIDER"), c.Param("USERNAME"))
	if err != nil {
		return err
	}
	return c.JSON(toBadLoginStatus(u))
}
