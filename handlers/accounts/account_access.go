package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

// accountAccessDocs declares OBP's v4.0.0 pair, which names the view in the body and no
// acting view: the caller acts through any view of theirs on the account that may hand the
// target on and holds its permissions (the view guard first checks they have one at all).
func (a *area) accountAccessDocs() []handlers.ResourceDoc {
	errs := handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound,
		obperr.ViewNotFound, obperr.SystemViewNotFound)
	example := accessPostJSONV400{UserID: wire.ExampleUser.ID, View: postViewJSON400{ViewID: view.Auditor, IsSystem: true}}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv4.0.0-grantUserAccessToView",
			Verb:        "POST",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/account-access/grant",
			Summary:     "Grant User access to View",
			Description: "Gives user_id the view named in the body. The caller needs a view on the account that may grant it " +
				"(a system view in its can_grant_access_to_views, a custom view under can_grant_access_to_custom_views) " +
				"and holds every permission the granted view has (OBP-20049 otherwise).",
			Tags:             []string{"Account Access", "View-Custom", "Account", "User"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{AnyView: true},
			DecidedInService: &handlers.AnyOf{ViewPermissions: []view.Permission{view.CanGrantAccessToCustomViews}},
			RequestSchema:    "account_access_v400_post",
			ExampleRequest:   example,
			ExampleResponse:  viewJSON(exampleOwnerView),
			SuccessStatus:    201,
			Errors:           append(errs, obperr.CannotGrantViewAccess, obperr.SourceViewHasLessPermission, obperr.UserNotFoundByID),
			Handle:           a.grantUserAccessToView,
		},
		{
			OperationID: "OBPv4.0.0-revokeUserAccessToView",
			Verb:        "POST",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/account-access/revoke",
			Summary:     "Revoke User access to View",
			Description: "Takes the view named in the body away from user_id. The caller needs a view on the account that may " +
				"revoke it (can_revoke_access_to_views, or can_revoke_access_to_custom_views for a custom view).",
			Tags:             []string{"Account Access", "View-Custom", "Account", "User"},
			Auth:             handlers.LoggedIn,
			View:             &handlers.ViewGuard{AnyView: true},
			DecidedInService: &handlers.AnyOf{ViewPermissions: []view.Permission{view.CanRevokeAccessToCustomViews}},
			RequestSchema:    "account_access_v400_post",
			ExampleRequest:   example,
			ExampleResponse:  revokedJSON{Revoked: true},
			SuccessStatus:    201,
			Errors:           append(errs, obperr.CannotRevokeViewAccess, obperr.CannotFindAccountAccess),
			Handle:           a.revokeUserAccessToView,
		},
	}
}

func (a *area) grantUserAccessToView(c *handlers.Call) error {
	var in accessPostJSONV400
	if err := c.Bind(&in); err != nil {
		return err
	}
	v, err := a.views.GrantOnAccount(c.Ctx, c.AccountRef(), c.Principal.UserID, in.UserID, in.target())
	if err != nil {
		return err
	}
	return c.JSON(viewJSON(v))
}

func (a *area) revokeUserAccessToView(c *handlers.Call) error {
	var in accessPostJSONV400
	if err := c.Bind(&in); err != nil {
		return err
	}
	if err := a.views.RevokeOnAccount(c.Ctx, c.AccountRef(), c.Principal.UserID, in.UserID, in.target()); err != nil {
		return err
	}
	return c.JSON(revokedJSON{Revoked: true})
}
