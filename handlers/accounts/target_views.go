package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// targetViewDocs declares OBP v5.1.0's custom views for a target view: VIEW_ID is the view
// the caller acts through; a new view may hold only permissions VIEW_ID holds.
func (a *area) targetViewDocs() []handlers.ResourceDoc {
	example := customViewPostJSON510{Name: "_family", Description: "For the family", MetadataView: "_family", WhichAliasToUse: "family",
		AllowedPermissions: []string{"can_see_bank_account_label", "can_see_transaction_amount"}}
	created := customViewJSON510{ID: "_family", Name: "_family", Description: "For the family", MetadataView: "_family", Alias: "family",
		AllowedPermissions: []string{"can_see_bank_account_label", "can_see_transaction_amount"}}
	return []handlers.ResourceDoc{{
		OperationID: "OBPv5.1.0-createCustomView",
		Verb:        "POST",
		Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}/target-views",
		Summary:     "Create Custom View",
		Description: "Adds a custom view to the account through VIEW_ID, which must grant can_create_custom_view. Its name " +
			"(and id) must start with \"_\"; allowed_permissions are view permission names, each one VIEW_ID holds (OBP-20049).",
		Tags:            []string{"View-Custom", "Account"},
		Auth:            handlers.LoggedIn,
		View:            &handlers.ViewGuard{Permission: view.CanCreateCustomView},
		RequestSchema:   "custom_view_v510_post",
		ExampleRequest:  example,
		ExampleResponse: created,
		SuccessStatus:   201,
		Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.BankAccountNotFound,
			obperr.InvalidCustomViewFormat, obperr.InvalidJSONContent, obperr.SourceViewHasLessPermission),
		Handle: a.createCustomView,
	}, {
		OperationID: "OBPv5.1.0-getCustomView",
		Verb:        "GET",
		Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/views/{VIEW_ID}/target-views/{TARGET_VIEW_ID}",
		Summary:     "Get Custom View",
		Description: "One of the account's custom views, TARGET_VIEW_ID, read through VIEW_ID, which the caller must have " +
			"and which must grant can_get_custom_view.",
		Tags:            []string{"View-Custom", "Account"},
		Auth:            handlers.LoggedIn,
		View:            &handlers.ViewGuard{Permission: view.CanGetCustomView},
		ExampleResponse: created,
		Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.BankAccountNotFound,
			obperr.ViewNotFound),
		Handle: a.getCustomView,
	}}
}

func (a *area) getCustomView(c *handlers.Call) error {
	v, err := a.views.GetCustom(c.Ctx, c.AccountRef(), c.Param("TARGET_VIEW_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toCustomViewJSON510(v))
}

func (a *area) createCustomView(c *handlers.Call) error {
	var in customViewPostJSON510
	if err := c.Bind(&in); err != nil {
		return err
	}
	v, err := a.views.CreateCustom(c.Ctx, c.AccountRef(), acting(c), in.toDomain())
	if err != nil {
		return err
	}
	return c.JSON(toCustomViewJSON510(v))
}
