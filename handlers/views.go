package handlers

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

// customViewJSON is OBP's CreateViewJsonV300 / UpdateViewJsonV300.
type customViewJSON struct {
	Name                    string   `json:"name,omitempty"`
	Description             string   `json:"description"`
	MetadataView            string   `json:"metadata_view"`
	IsPublic                bool     `json:"is_public"`
	WhichAliasToUse         string   `json:"which_alias_to_use"`
	HideMetadataIfAliasUsed bool     `json:"hide_metadata_if_alias_used"`
	AllowedActions          []string `json:"allowed_actions"`
}

func (in customViewJSON) toDomain() view.CustomView {
	return view.CustomView{Name: in.Name, Description: in.Description, MetadataView: in.MetadataView, Alias: in.WhichAliasToUse,
		IsPublic: in.IsPublic, HideMetadataIfAliasUsed: in.HideMetadataIfAliasUsed, AllowedActions: in.AllowedActions}
}

type accessPostJSON struct {
	UserID string `json:"user_id"`
	ViewID string `json:"view_id"`
}

type revokedJSON struct {
	Revoked bool `json:"revoked"`
}

type permissionJSON struct {
	User  wire.Owner       `json:"user"`
	Views []map[string]any `json:"views"`
}

type permissionsJSON struct {
	Permissions []permissionJSON `json:"permissions"`
}

var exampleCustomView = customViewJSON{Name: "_family", Description: "For the family", MetadataView: "_family",
	WhichAliasToUse: "family", AllowedActions: []string{"can_see_transaction_amount", "can_see_bank_account_label"}}

var exampleOwnerView, _ = view.System(view.Owner)

func (s *Server) viewDocs() []ResourceDoc {
	viewErrors := ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound, obperr.ViewNotFound)
	return []ResourceDoc{
		{
			OperationID:     "OBPv5.0.0-getViewsForBankAccount",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views",
			Summary:         "Get Views for Account",
			Description:     "The system views granted on the account and its custom views. Needs a view with can_see_available_views_for_bank_account.",
			Tags:            []string{"View", "Account"},
			Auth:            LoggedIn,
			View:            &ViewGuard{AnyView: true, Permission: view.CanSeeAvailableViews},
			ExampleResponse: viewsJSON500{Views: []map[string]any{viewJSON(exampleOwnerView)}},
			Errors:          viewErrors,
			Handle: func(c *Call) error {
				views, err := s.deps.Views.ForAccount(c.Ctx, c.AccountRef())
				if err != nil {
					return err
				}
				out := viewsJSON500{Views: make([]map[string]any, len(views))}
				for i, v := range views {
					out.Views[i] = viewJSON(v)
				}
				return c.JSON(out)
			},
		},
		{
			OperationID:     "OBPv3.0.0-createViewForBankAccount",
			Verb:            "POST",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views",
			Summary:         "Create Custom View",
			Description:     "Adds a custom view to the account. Its name (and id) must start with \"_\"; allowed_actions are view permission names. Needs a view with can_create_custom_view.",
			Tags:            []string{"View", "Account"},
			Auth:            LoggedIn,
			View:            &ViewGuard{AnyView: true, Permission: view.CanCreateCustomView},
			RequestSchema:   "view_post",
			ExampleRequest:  exampleCustomView,
			ExampleResponse: viewJSON(exampleOwnerView),
			SuccessStatus:   201,
			Errors:          append(viewErrors, obperr.InvalidCustomViewFormat, obperr.InvalidJSONContent),
			Handle: func(c *Call) error {
				var in customViewJSON
				if err := c.Bind(&in); err != nil {
					return err
				}
				v, err := s.deps.Views.CreateCustom(c.Ctx, c.AccountRef(), s.acting(c), in.toDomain())
				if err != nil {
					return err
				}
				return c.JSON(viewJSON(v))
			},
		},
		{
			OperationID:     "OBPv3.0.0-updateViewForBankAccount",
			Verb:            "PUT",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}",
			Summary:         "Update Custom View",
			Description:     "Replaces a custom view's settings and permissions; system views cannot be changed (OBP-20021). Needs a view with can_update_custom_view.",
			Tags:            []string{"View", "Account"},
			Auth:            LoggedIn,
			View:            &ViewGuard{AnyView: true, Permission: view.CanUpdateCustomView},
			RequestSchema:   "view_put",
			ExampleRequest:  customViewJSON{Description: "For the family", MetadataView: "_family", AllowedActions: []string{"can_see_transaction_amount"}},
			ExampleResponse: viewJSON(exampleOwnerView),
			Errors:          append(viewErrors, obperr.SystemViewsCanNotBeModified, obperr.InvalidJSONContent),
			Handle: func(c *Call) error {
				var in customViewJSON
				if err := c.Bind(&in); err != nil {
					return err
				}
				v, err := s.deps.Views.UpdateCustom(c.Ctx, c.AccountRef(), s.acting(c), c.Param("VIEW_ID"), in.toDomain())
				if err != nil {
					return err
				}
				return c.JSON(viewJSON(v))
			},
		},
		{
			OperationID:   "OBPv1.2.1-deleteViewForBankAccount",
			Verb:          "DELETE",
			Path:          "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}",
			Summary:       "Delete Custom View",
			Description:   "Removes a custom view and every grant of it. Needs a view with can_delete_custom_view.",
			Tags:          []string{"View", "Account"},
			Auth:          LoggedIn,
			View:          &ViewGuard{AnyView: true, Permission: view.CanDeleteCustomView},
			SuccessStatus: 204,
			Errors:        append(viewErrors, obperr.SystemViewsCanNotBeModified),
			Handle: func(c *Call) error {
				if err := s.deps.Views.DeleteCustom(c.Ctx, c.AccountRef(), c.Param("VIEW_ID")); err != nil {
					return err
				}
				return c.NoContent()
			},
		},
		{
			OperationID: "OBPv5.1.0-grantUserAccessToViewById",
			Verb:        "POST",
			Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}/account-access/grant",
			Summary:     "Grant User access to View",
			Description: "Gives user_id the view view_id on the account, as a holder of VIEW_ID: a system target view must be " +
				"in VIEW_ID's can_grant_access_to_views, a custom one needs can_grant_access_to_custom_views.",
			Tags:            []string{"View", "Account Access"},
			Auth:            LoggedIn,
			View:            &ViewGuard{},
			RequestSchema:   "account_access_post",
			ExampleRequest:  accessPostJSON{UserID: wire.ExampleUser.ID, ViewID: "_family"},
			ExampleResponse: viewJSON(exampleOwnerView),
			SuccessStatus:   201,
			Errors:          append(viewErrors, obperr.CannotGrantViewAccess, obperr.UserNotFoundByID),
			Handle: func(c *Call) error {
				var in accessPostJSON
				if err := c.Bind(&in); err != nil {
					return err
				}
				v, err := s.deps.Views.Grant(c.Ctx, c.AccountRef(), s.acting(c), in.UserID, in.ViewID)
				if err != nil {
					return err
				}
				return c.JSON(viewJSON(v))
			},
		},
		{
			OperationID:     "OBPv5.1.0-revokeUserAccessToViewById",
			Verb:            "POST",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}/account-access/revoke",
			Summary:         "Revoke User access to View",
			Description:     "Takes view_id away from user_id, under VIEW_ID's can_revoke_access_to_views / can_revoke_access_to_custom_views.",
			Tags:            []string{"View", "Account Access"},
			Auth:            LoggedIn,
			View:            &ViewGuard{},
			RequestSchema:   "account_access_post",
			ExampleRequest:  accessPostJSON{UserID: wire.ExampleUser.ID, ViewID: "_family"},
			ExampleResponse: revokedJSON{Revoked: true},
			SuccessStatus:   201,
			Errors:          append(viewErrors, obperr.CannotRevokeViewAccess, obperr.CannotFindAccountAccess),
			Handle: func(c *Call) error {
				var in accessPostJSON
				if err := c.Bind(&in); err != nil {
					return err
				}
				if err := s.deps.Views.Revoke(c.Ctx, c.AccountRef(), s.acting(c), in.UserID, in.ViewID); err != nil {
					return err
				}
				return c.JSON(revokedJSON{Revoked: true})
			},
		},
		{
			OperationID:     "OBPv2.0.0-getPermissionsForBankAccount",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/permissions",
			Summary:         "Get access",
			Description:     "Who has which views on the account. Needs a view with can_see_views_with_permissions_for_all_users.",
			Tags:            []string{"View", "Account Access"},
			Auth:            LoggedIn,
			View:            &ViewGuard{AnyView: true, Permission: view.CanSeePermissionsForAllUsers},
			ExampleResponse: permissionsJSON{Permissions: []permissionJSON{{User: wire.Owner{ID: wire.ExampleUser.ID, Provider: wire.ExampleUser.Provider, DisplayName: "felixsmith"}, Views: []map[string]any{viewJSON(exampleOwnerView)}}}},
			Errors:          viewErrors,
			Handle:          s.getPermissions,
		},
	}
}

func (s *Server) getPermissions(c *Call) error {
	grantees, err := s.deps.Views.Permissions(c.Ctx, c.AccountRef())
	if err != nil {
		return err
	}
	out := permissionsJSON{Permissions: make([]permissionJSON, 0, len(grantees))}
	for _, g := range grantees {
		views := make([]map[string]any, len(g.Views))
		for i, v := range g.Views {
			views[i] = viewJSON(v)
		}
		out.Permissions = append(out.Permissions, permissionJSON{
			User: wire.Owner{ID: g.User.ID, Provider: g.User.Provider, DisplayName: g.User.Username}, Views: views})
	}
	return c.JSON(out)
}

// acting is the caller and the view the view guard let them through with.
func (s *Server) acting(c *Call) view.Acting {
	id, _ := c.fiber.Locals(localViewID).(string)
	return view.Acting{UserID: c.Principal.UserID, ViewID: id}
}
