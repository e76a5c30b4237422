package identity

import (
	"github.com/obp-go/obp/domain/directory"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

type entitlementWithUserJSON struct {
	EntitlementID string `json:"entitlement_id"`
	RoleName      string `json:"role_name"`
	BankID        string `json:"bank_id"`
	UserID        string `json:"user_id"`
}

type entitlementPostJSON struct {
	BankID   string `json:"bank_id"`
	RoleName string `json:"role_name"`
}

type entitlementsWithUserJSON struct {
	List []entitlementWithUserJSON `json:"list"`
}

type rolesJSON struct {
	Roles []handlers.RoleJSON `json:"roles"`
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

func toRolesJSON(all []role.Role) rolesJSON {
	out := rolesJSON{Roles: make([]handlers.RoleJSON, len(all))}
	for i, r := range all {
		out.Roles[i] = handlers.RoleJSON{Role: r.Name, RequiresBankID: r.RequiresBankID}
	}
	return out
}

func toEntitlementJSON(e entitlement.Entitlement) entitlementJSON {
	return entitlementJSON{EntitlementID: e.ID, RoleName: e.RoleName, BankID: e.BankID}
}

func toEntitlementsWithUserJSON(es []entitlement.Entitlement) entitlementsWithUserJSON {
	out := entitlementsWithUserJSON{List: make([]entitlementWithUserJSON, len(es))}
	for i, e := range es {
		out.List[i] = entitlementWithUserJSON{EntitlementID: e.ID, RoleName: e.RoleName, BankID: e.BankID, UserID: e.UserID}
	}
	return out
}

func toEntitlementRequestJSON(r directory.Requested) entitlementRequestJSON {
	return entitlementRequestJSON{EntitlementRequestID: r.Request.ID, User: toUserJSON200(r.By.User, r.By.Entitlements), RoleName: r.Request.RoleName,
		BankID: r.Request.BankID, Created: wire.Time(r.Request.CreatedAt)}
}

func toEntitlementRequestsJSON(reqs []directory.Requested) entitlementRequestsJSON {
	out := entitlementRequestsJSON{EntitlementRequests: make([]entitlementRequestJSON, len(reqs))}
	for i, r := range reqs {
		out.EntitlementRequests[i] = toEntitlementRequestJSON(r)
	}
	return out
}
