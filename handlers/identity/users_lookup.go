package identity

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// userLookupDocs find users by what others know of them: provider and username, or
// e-mail address.
func (a *area) userLookupDocs() []handlers.ResourceDoc {
	byUsername := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNotFoundByProviderAndUsername)
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.1.0-getUserByProviderAndUsername",
			Verb:        "GET",
			Path:        "/obp/v5.1.0/users/provider/{PROVIDER}/username/{USERNAME}",
			Summary:     "Get User by USERNAME",
			Description: "The user PROVIDER knows as USERNAME, with their entitlements and views. PROVIDER is percent-encoded " +
				"(this server's own users have its hostname as provider); the username matches whatever its case.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetAnyUser},
			ExampleResponse: toUserJSON400(exampleProfile),
			Errors:          byUsername,
			Handle:          a.getUserByUsername,
		},
		{
			OperationID: "OBPv3.0.0-getUserByUsername",
			Verb:        "GET",
			Path:        "/obp/v3.0.0/users/username/{USERNAME}",
			Summary:     "Get User by USERNAME",
			Description: "Retired by OBP in favour of Get User by PROVIDER and USERNAME, and answered by the same handler: " +
				"the user this server knows as USERNAME (its own provider), in the v4.0.0 user shape, a superset of v3.0.0's.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetAnyUser},
			ExampleResponse: toUserJSON400(exampleProfile),
			Errors:          byUsername,
			Handle:          a.getUserByUsername,
		},
		{
			OperationID: "OBPv4.0.0-getUsersByEmail",
			Verb:        "GET",
			Path:        "/obp/v4.0.0/users/email/{EMAIL}/terminator",
			Summary:     "Get Users by Email Address",
			Description: "Every user whose e-mail address is EMAIL exactly (sign-up does not make addresses unique, so there " +
				"may be several, or none: an empty list, never a 404). The `terminator` segment ends the address, which may " +
				"hold dots. Query parameters `limit` (default 50, at most 1000) and `offset`.",
			Tags:            []string{"User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetAnyUser},
			ExampleResponse: usersJSON400{Users: []userJSON400{toUserJSON400(exampleProfile)}},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          a.getUsersByEmail,
		},
	}
}

// getUserByUsername serves both lookups: without a PROVIDER in the path (the retired
// v3.0.0 one) the provider is this server's own.
func (a *area) getUserByUsername(c *handlers.Call) error {
	p, err := a.deps.Directory.ProfileByUsername(c.Ctx, c.Param("PROVIDER"), c.Param("USERNAME"))
	if err != nil {
		return err
	}
	return c.JSON(toUserJSON400(p))
}

func (a *area) getUsersByEmail(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	profiles, err := a.deps.Directory.ProfilesByEmail(c.Ctx, c.Param("EMAIL"), limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toUsersJSON400(profiles))
}
