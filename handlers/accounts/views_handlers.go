package accounts

import (
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

func (a *area) getViewsForBankAccount(c *handlers.Call) error {
	views, err := a.views.ForAccount(c.Ctx, c.AccountRef())
	if err != nil {
		return err
	}
	out := viewsJSON500{Views: make([]map[string]any, len(views))}
	for i, v := range views {
		out.Views[i] = viewJSON(v)
	}
	return c.JSON(out)
}

func (a *area) createViewForBankAccount(c *handlers.Call) error {
	var in customViewJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	v, err := a.views.CreateCustom(c.Ctx, c.AccountRef(), acting(c), in.toDomain())
	if err != nil {
		return err
	}
	return c.JSON(viewJSON(v))
}

func (a *area) updateViewForBankAccount(c *handlers.Call) error {
	var in viewUpdateJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	v, err := a.views.UpdateCustom(c.Ctx, c.AccountRef(), acting(c), c.Param("VIEW_ID"), in.toDomain())
	if err != nil {
		return err
	}
	return c.JSON(viewJSON(v))
}

func (a *area) deleteViewForBankAccount(c *handlers.Call) error {
	if err := a.views.DeleteCustom(c.Ctx, c.AccountRef(), c.Param("VIEW_ID")); err != nil {
		return err
	}
	return c.NoContent()
}

func (a *area) grantUserAccessToViewByID(c *handlers.Call) error {
	var in accessPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	v, err := a.views.Grant(c.Ctx, c.AccountRef(), acting(c), in.UserID, in.ViewID)
	if err != nil {
		return err
	}
	return c.JSON(viewJSON(v))
}

func (a *area) revokeUserAccessToViewByID(c *handlers.Call) error {
	var in accessPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	if err := a.views.Revoke(c.Ctx, c.AccountRef(), acting(c), in.UserID, in.ViewID); err != nil {
		return err
	}
	return c.JSON(revokedJSON{Revoked: true})
}

func (a *area) getPermissionsForBankAccount(c *handlers.Call) error {
	grantees, err := a.views.Permissions(c.Ctx, c.AccountRef())
	if err != nil {
		return err
	}
	out := permissionsJSON{Permissions: make([]permissionJSON, len(grantees))}
	for i, g := range grantees {
		out.Permissions[i] = toPermissionJSON(g)
	}
	return c.JSON(out)
}

// acting is the caller and the view the view guard let them through with.
func acting(c *handlers.Call) view.Acting {
	return view.Acting{UserID: c.Principal.UserID, ViewID: c.ViewID()}
}
