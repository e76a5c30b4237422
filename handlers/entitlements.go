package handlers

import (
	"github.com/obp-go/obp/domain/directory"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers/wire"
)

type entitlementPostJSON struct {
	BankID   string `json:"bank_id"`
	RoleName string `json:"role_name"`
}

type entitlementsWithUserJSON struct {
	List []entitlementWithUserJSON `json:"list"`
}

type rolesJSON struct {
	Roles []RoleJSON `json:"roles"`
}

type entitlementRequestJSON struct {
	EntitlementRequestID string      `json:"entitlement_request_id"`
	User                 userJSON200 `json:"user"`
	RoleName             string      `json:"role_name"`
	BankID               string      `json:"bank_id"`
	Created              string      `json:"created"`
}

type entitlementRequestsJSON struct {
	EntitlementRequests []entitlementRequestJSON `json:"entitlement_requests"`
}

var exampleEntitlementRequest = entitlementRequestJSON{EntitlementRequestID: "6fb17583-1e49-4435-bb74-a14fe0996723",
	User: toUserJSON200(wire.ExampleUser, nil), RoleName: "CanCreateAccount", BankID: "gh.29.uk", Created: "2024-01-01T00:00:00Z"}

func (s *Server) entitlementDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID:     "OBPv2.1.0-getRoles",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/roles",
			Summary:         "Get Roles",
			Description:     "Every role the server checks; requires_bank_id tells a bank role (held at one bank) from a system role.",
			Tags:            []string{"Role"},
			Auth:            LoggedIn,
			ExampleResponse: rolesJSON{Roles: []RoleJSON{{Role: "CanCreateBank"}, {Role: "CanCreateEntitlementAtOneBank", RequiresBankID: true}}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn),
			Handle: func(c *Call) error {
				out := rolesJSON{Roles: make([]RoleJSON, len(role.All))}
				for i, r := range role.All {
					out.Roles[i] = RoleJSON{Role: r.Name, RequiresBankID: r.RequiresBankID}
				}
				return c.JSON(out)
			},
		},
		{
			OperationID: "OBPv2.0.0-addEntitlement",
			Verb:        "POST",
			Path:        "/obp/v5.1.0/users/{USER_ID}/entitlements",
			Summary:     "Add Entitlement for a User",
			Description: "Grants a role. bank_id must name a bank for a bank role and be empty for a system role. " +
				"Holders of CanCreateEntitlementAtAnyBank may grant any role; holders of CanCreateEntitlementAtOneBank " +
				"may grant bank roles at their bank only.",
			Tags:                  []string{"Role", "Entitlement", "User"},
			Auth:                  LoggedIn,
			Roles:                 []role.Role{role.CanCreateEntitlementAtAnyBank, role.CanCreateEntitlementAtOneBank},
			RolesCheckedInService: true,
			RequestSchema:         "entitlement_post",
			ExampleRequest:        entitlementPostJSON{BankID: "gh.29.uk", RoleName: "CanCreateAccount"},
			ExampleResponse:       entitlementJSON{EntitlementID: "6fb17583-1e49-4435-bb74-a14fe0996723", RoleName: "CanCreateAccount", BankID: "gh.29.uk"},
			SuccessStatus:         201,
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.IncorrectRoleName, obperr.EntitlementIsBankRole,
				obperr.EntitlementIsSystemRole, obperr.BankNotFound, obperr.UserNotFoundByID, obperr.EntitlementAlreadyExists),
			Handle: s.addEntitlement,
		},
		{
			OperationID:     "OBPv4.0.0-getEntitlements",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/users/{USER_ID}/entitlements",
			Summary:         "Get Entitlements for User",
			Tags:            []string{"Role", "Entitlement", "User"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetEntitlementsForAnyUserAtAnyBank},
			ExampleResponse: entitlementsWithUserJSON{List: []entitlementWithUserJSON{{EntitlementID: "6fb17583-1e49-4435-bb74-a14fe0996723", RoleName: "CanCreateAccount", BankID: "gh.29.uk", UserID: wire.ExampleUser.ID}}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNotFoundByID),
			Handle:          s.getEntitlements,
		},
		{
			OperationID:   "OBPv2.0.0-deleteEntitlement",
			Verb:          "DELETE",
			Path:          "/obp/v5.1.0/users/{USER_ID}/entitlement/{ENTITLEMENT_ID}",
			Summary:       "Delete Entitlement",
			Description:   "Revokes a role; it stops passing role checks at once on every server process.",
			Tags:          []string{"Role", "Entitlement", "User"},
			Auth:          LoggedIn,
			Roles:         []role.Role{role.CanDeleteEntitlementAtAnyBank},
			SuccessStatus: 204,
			Errors:        ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.EntitlementNotFound),
			Handle: func(c *Call) error {
				if err := s.deps.Entitlements.Revoke(c.Ctx, c.Param("USER_ID"), c.Param("ENTITLEMENT_ID")); err != nil {
					return err
				}
				return c.NoContent()
			},
		},
		{
			OperationID:     "OBPv3.0.0-getEntitlementsForCurrentUser",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/my/entitlements",
			Summary:         "Get Entitlements for the current User",
			Tags:            []string{"Role", "Entitlement", "User"},
			Auth:            LoggedIn,
			ExampleResponse: toEntitlementsJSON(exampleEntitlements),
			Errors:          ErrorsOf(obperr.UserNotLoggedIn),
			Handle: func(c *Call) error {
				es, err := s.deps.Entitlements.ForUser(c.Ctx, c.Principal.UserID)
				if err != nil {
					return err
				}
				return c.JSON(toEntitlementsJSON(es))
			},
		},
		{
			OperationID:     "OBPv3.0.0-addEntitlementRequest",
			Verb:            "POST",
			Path:            "/obp/v5.1.0/entitlement-requests",
			Summary:         "Add Entitlement Request for current User",
			Description:     "Asks an administrator for a role at a bank (or system-wide, with bank_id empty).",
			Tags:            []string{"Role", "Entitlement", "User"},
			Auth:            LoggedIn,
			RequestSchema:   "entitlement_post",
			ExampleRequest:  entitlementPostJSON{BankID: "gh.29.uk", RoleName: "CanCreateAccount"},
			ExampleResponse: exampleEntitlementRequest,
			SuccessStatus:   201,
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.IncorrectRoleName, obperr.EntitlementIsBankRole, obperr.EntitlementIsSystemRole,
				obperr.BankNotFound, obperr.EntitlementRequestAlreadyExists),
			Handle: s.addEntitlementRequest,
		},
		{
			OperationID:     "OBPv3.0.0-getEntitlementRequestsForCurrentUser",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/my/entitlement-requests",
			Summary:         "Get Entitlement Requests for the current User",
			Tags:            []string{"Role", "Entitlement", "User"},
			Auth:            LoggedIn,
			ExampleResponse: entitlementRequestsJSON{EntitlementRequests: []entitlementRequestJSON{exampleEntitlementRequest}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          func(c *Call) error { return s.listEntitlementRequests(c, c.Principal.UserID) },
		},
		{
			OperationID:     "OBPv3.0.0-getAllEntitlementRequests",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/entitlement-requests",
			Summary:         "Get all Entitlement Requests",
			Description:     "Every user's requests, oldest first. Query parameters `limit` and `offset`.",
			Tags:            []string{"Role", "Entitlement", "User"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetEntitlementRequestsAtAnyBank},
			ExampleResponse: entitlementRequestsJSON{EntitlementRequests: []entitlementRequestJSON{exampleEntitlementRequest}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          func(c *Call) error { return s.listEntitlementRequests(c, "") },
		},
		{
			OperationID:   "OBPv3.0.0-deleteEntitlementRequest",
			Verb:          "DELETE",
			Path:          "/obp/v5.1.0/entitlement-requests/{ENTITLEMENT_REQUEST_ID}",
			Summary:       "Delete Entitlement Request",
			Tags:          []string{"Role", "Entitlement", "User"},
			Auth:          LoggedIn,
			Roles:         []role.Role{role.CanDeleteEntitlementRequestsAtAnyBank},
			SuccessStatus: 204,
			Errors:        ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.EntitlementRequestNotFound),
			Handle: func(c *Call) error {
				if err := s.deps.Entitlements.DeleteRequest(c.Ctx, c.Param("ENTITLEMENT_REQUEST_ID")); err != nil {
					return err
				}
				return c.NoContent()
			},
		},
	}
}

func (s *Server) addEntitlement(c *Call) error {
	var in entitlementPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	e, err := s.deps.Entitlements.Grant(c.Ctx, c.Principal.UserID, c.Param("USER_ID"), in.BankID, in.RoleName)
	if err != nil {
		return err
	}
	return c.JSON(entitlementJSON{EntitlementID: e.ID, RoleName: e.RoleName, BankID: e.BankID})
}

func (s *Server) getEntitlements(c *Call) error {
	es, err := s.deps.Entitlements.ForUser(c.Ctx, c.Param("USER_ID"))
	if err != nil {
		return err
	}
	out := entitlementsWithUserJSON{List: make([]entitlementWithUserJSON, len(es))}
	for i, e := range es {
		out.List[i] = entitlementWithUserJSON{EntitlementID: e.ID, RoleName: e.RoleName, BankID: e.BankID, UserID: e.UserID}
	}
	return c.JSON(out)
}

func (s *Server) addEntitlementRequest(c *Call) error {
	var in entitlementPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	r, err := s.deps.Directory.RequestRole(c.Ctx, c.Principal.UserID, in.BankID, in.RoleName)
	if err != nil {
		return err
	}
	return c.JSON(toEntitlementRequestJSON(r))
}

// listEntitlementRequests shows a page of requests (one user's, or everyone's for "")
// with their users, in three queries whatever the page size.
func (s *Server) listEntitlementRequests(c *Call, userID string) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	reqs, err := s.deps.Directory.Requests(c.Ctx, userID, limit, offset)
	if err != nil {
		return err
	}
	out := entitlementRequestsJSON{EntitlementRequests: make([]entitlementRequestJSON, len(reqs))}
	for i, r := range reqs {
		out.EntitlementRequests[i] = toEntitlementRequestJSON(r)
	}
	return c.JSON(out)
}

func toEntitlementRequestJSON(r directory.Requested) entitlementRequestJSON {
	return entitlementRequestJSON{EntitlementRequestID: r.Request.ID, User: toUserJSON200(r.By.User, r.By.Entitlements), RoleName: r.Request.RoleName,
		BankID: r.Request.BankID, Created: wire.Time(r.Request.CreatedAt)}
}
