package accounts

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// systemViewDocs declares the administration of system views, the views every account
// shares. OBP's built-in ones are read-only here; an administrator creates, changes and
// deletes others, and deletes one only while nobody is granted it.
func (a *area) systemViewDocs() []handlers.ResourceDoc {
	created := view.View{ID: "ReadOnlyTeller", ShortName: "ReadOnlyTeller", Description: "What a teller reads", MetadataView: "ReadOnlyTeller",
		IsSystem: true, Allowed: map[view.Permission]bool{view.CanSeeBalance: true}, CanGrantAccessToViews: []string{}, CanRevokeAccessToViews: []string{}}
	put := systemViewPutJSON{Description: "What a teller reads", MetadataView: "ReadOnlyTeller", AllowedActions: []string{string(view.CanSeeBalance)},
		CanGrantAccessToViews: []string{}, CanRevokeAccessToViews: []string{}}
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.0.0-createSystemView",
			Verb:        "POST",
			Path:        "/obp/v5.0.0/system-views",
			Summary:     "Create System View",
			Description: "Adds a system view, which every account shares and which can then be granted on any account. Its " +
				"name is its id: not starting with \"_\" (OBP-20020), not taken (OBP-30254). System views are never public " +
				"(OBP-30258); the grant and revoke lists name system views.",
			Tags:            []string{"View-System"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanCreateSystemView},
			RequestSchema:   "system_view_post",
			ExampleRequest:  systemViewPostJSON{Name: "ReadOnlyTeller", Description: put.Description, MetadataView: put.MetadataView, AllowedActions: put.AllowedActions, CanGrantAccessToViews: []string{}, CanRevokeAccessToViews: []string{}},
			ExampleResponse: viewJSON(created),
			SuccessStatus:   201,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.EmptyNameOfSystemView, obperr.InvalidSystemViewFormat,
				obperr.SystemViewAlreadyExists, obperr.SystemViewCannotBePublic, obperr.InvalidJSONContent, obperr.SystemViewNotFound),
			Handle: a.createSystemView,
		},
		{
			OperationID:     "OBPv5.0.0-getSystemView",
			Verb:            "GET",
			Path:            "/obp/v5.0.0/system-views/{VIEW_ID}",
			Summary:         "Get System View",
			Description:     "One system view, built in or created, with every permission.",
			Tags:            []string{"View-System"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetSystemView},
			ExampleResponse: viewJSON(exampleOwnerView),
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.SystemViewNotFound),
			Handle:          a.getSystemView,
		},
		{
			OperationID:     "OBPv5.0.0-getSystemViewsIds",
			Verb:            "GET",
			Path:            "/obp/v5.0.0/system-views-ids",
			Summary:         "Get Ids of System Views",
			Description:     "The ids of every system view: OBP's built-in ones, then those an administrator created.",
			Tags:            []string{"View-System"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetSystemView},
			ExampleResponse: viewIDsJSON{Views: []viewIDJSON{{ID: view.Owner}, {ID: view.Auditor}}},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles),
			Handle:          a.getSystemViewsIds,
		},
		{
			OperationID: "OBPv5.0.0-updateSystemView",
			Verb:        "PUT",
			Path:        "/obp/v5.0.0/system-views/{VIEW_ID}",
			Summary:     "Update System View",
			Description: "Replaces a created system view's settings and permissions; every holder sees the change at once. " +
				"OBP's built-in views cannot be changed (OBP-20021).",
			Tags:            []string{"View-System"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanUpdateSystemView},
			RequestSchema:   "system_view_put",
			ExampleRequest:  put,
			ExampleResponse: viewJSON(created),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.SystemViewNotFound, obperr.SystemViewsCanNotBeModified,
				obperr.SystemViewCannotBePublic, obperr.InvalidJSONContent),
			Handle: a.updateSystemView,
		},
		{
			OperationID: "OBPv5.0.0-deleteSystemView",
			Verb:        "DELETE",
			Path:        "/obp/v5.0.0/system-views/{VIEW_ID}",
			Summary:     "Delete System View",
			Description: "Removes a created system view that nobody is granted on any account (OBP-30251 while anyone is). " +
				"OBP's built-in views cannot be deleted (OBP-20021).",
			Tags:          []string{"View-System"},
			Auth:          handlers.LoggedIn,
			Roles:         []role.Role{role.CanDeleteSystemView},
			SuccessStatus: 204,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.SystemViewNotFound, obperr.SystemViewsCanNotBeModified,
				obperr.DeleteSystemViewError),
			Handle: a.deleteSystemView,
		},
	}
}

func (a *area) createSystemView(c *handlers.Call) error {
	var in systemViewPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	v, err := a.views.CreateSystem(c.Ctx, in.toDomain())
	if err != nil {
		return err
	}
	return c.JSON(viewJSON(v))
}

func (a *area) getSystemView(c *handlers.Call) error {
	v, err := a.views.GetSystem(c.Ctx, c.Param("VIEW_ID"))
	if err != nil {
		return err
	}
	return c.JSON(viewJSON(v))
}

func (a *area) getSystemViewsIds(c *handlers.Call) error {
	ids, err := a.views.SystemViewIDs(c.Ctx)
	if err != nil {
		return err
	}
	out := viewIDsJSON{Views: make([]viewIDJSON, len(ids))}
	for i, id := range ids {
		out.Views[i] = viewIDJSON{ID: id}
	}
	return c.JSON(out)
}

func (a *area) updateSystemView(c *handlers.Call) error {
	var in systemViewPutJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	v, err := a.views.UpdateSystem(c.Ctx, c.Param("VIEW_ID"), in.toDomain())
	if err != nil {
		return err
	}
	return c.JSON(viewJSON(v))
}

func (a *area) deleteSystemView(c *handlers.Call) error {
	if err := a.views.DeleteSystem(c.Ctx, c.Param("VIEW_ID")); err != nil {
		return err
	}
	return c.NoContent()
}
