package identity

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

// moreEntitlementDocs are the entitlement reads across users: everyone's, and one
// user's at one bank.
func (a *area) moreEntitlementDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv3.1.0-getAllEntitlements",
			Verb:        "GET",
			Path:        "/obp/v3.1.0/entitlements",
			Summary:     "Get all Entitlements",
			Description: "Every user's entitlements with their holders, oldest first. Query parameter `role` keeps one role's " +
				"(e.g. `/entitlements?role=CanGetCustomers`; an unknown role is OBP-10007); `limit` (default 50, at most 1000) " +
				"and `offset` page the list.",
			Tags:            []string{"Role", "Entitlement"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetEntitlementsForAnyUserAtAnyBank},
			ExampleResponse: entitlementsWithUsernameJSON{List: []entitlementWithUsernameJSON{exampleEntitlementWithUsername}},
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.IncorrectRoleName,
				obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle: a.getAllEntitlements,
		},
		{
			OperationID:     "OBPv2.1.0-getEntitlementsByBankAndUser",
			Verb:            "GET",
			Path:            "/obp/v2.1.0/banks/{BANK_ID}/users/{USER_ID}/entitlements",
			Summary:         "Get Entitlements for User at Bank",
			Description:     "The entitlements USER_ID holds at BANK_ID (bank roles only: system roles are held at no bank).",
			Tags:            []string{"Role", "Entitlement", "User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetEntitlementsForAnyUserAtOneBank, role.CanGetEntitlementsForAnyUserAtAnyBank},
			ExampleResponse: toEntitlementsJSON(exampleEntitlements),
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound, obperr.UserNotFoundByID),
			Handle:          a.getEntitlementsByBankAndUser,
		},
	}
}

var exampleEntitlementWithUsername = entitlementWithUsernameJSON{EntitlementID: "6fb17583-1e49-4435-bb74-a14fe0996723",
	RoleName: "CanCreateAccount", BankID: "gh.29.uk", UserID: wire.ExampleUser.ID, Username: wire.ExampleUser.Username}

func (a *area) getAllEntitlements(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	held, err := a.deps.Directory.Entitlements(c.Ctx, c.Query("role"), limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toEntitlementsWithUsernameJSON(held))
}

func (a *area) getEntitlementsByBankAndUser(c *handlers.Call) error {
	es, err := a.deps.Entitlements.AtBank(c.Ctx, c.Param("BANK_ID"), c.Param("USER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toEntitlementsJSON(es))
}
