package identity

import (
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// getRoles answers the catalogue of roles, which is part of the code.
func (a *area) getRoles(c *handlers.Call) error {
	return c.JSON(toRolesJSON(role.All))
}

func (a *area) addEntitlement(c *handlers.Call) error {
	var in entitlementPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	e, err := a.deps.Entitlements.Grant(c.Ctx, c.Principal.UserID, c.Param("USER_ID"), in.BankID, in.RoleName)
	if err != nil {
		return err
	}
	return c.JSON(toEntitlementJSON(e))
}

func (a *area) getEntitlements(c *handlers.Call) error {
	es, err := a.deps.Entitlements.ForUser(c.Ctx, c.Param("USER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toEntitlementsWithUserJSON(es))
}

func (a *area) getEntitlementsForCurrentUser(c *handlers.Call) error {
	es, err := a.deps.Entitlements.ForUser(c.Ctx, c.Principal.UserID)
	if err != nil {
		return err
	}
	return c.JSON(toEntitlementsJSON(es))
}

func (a *area) deleteEntitlement(c *handlers.Call) error {
	if err := a.deps.Entitlements.Revoke(c.Ctx, c.Param("USER_ID"), c.Param("ENTITLEMENT_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

func (a *area) addEntitlementRequest(c *handlers.Call) error {
	var in entitlementPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	r, err := a.deps.Directory.RequestRole(c.Ctx, c.Principal.UserID, in.BankID, in.RoleName)
	if err != nil {
		return err
	}
	return c.JSON(toEntitlementRequestJSON(r))
}

func (a *area) getEntitlementRequestsForCurrentUser(c *handlers.Call) error {
	return a.listEntitlementRequests(c, c.Principal.UserID)
}

func (a *area) getAllEntitlementRequests(c *handlers.Call) error {
	return a.listEntitlementRequests(c, "")
}

// listEntitlementRequests shows a page of requests (one user's, or everyone's for "")
// with their users, in three queries whatever the page size.
func (a *area) listEntitlementRequests(c *handlers.Call, userID string) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	reqs, err := a.deps.Directory.Requests(c.Ctx, userID, limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toEntitlementRequestsJSON(reqs))
}

func (a *area) deleteEntitlementRequest(c *handlers.Call) error {
	if err := a.deps.Entitlements.DeleteRequest(c.Ctx, c.Param("ENTITLEMENT_REQUEST_ID")); err != nil {
		return err
	}
	return c.NoContent()
}
