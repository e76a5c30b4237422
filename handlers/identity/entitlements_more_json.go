package identity

import "github.com/obp-go/obp/domain/directory"

// entitlementWithUsernameJSON is OBP's EntitlementJsonV310 element.
type entitlementWithUsernameJSON struct {
	EntitlementID string `json:"entitlement_id"`
	RoleName      string `json:"role_name"`
	BankID        string `json:"bank_id"`
	UserID        string `json:"user_id"`
	Username      string `json:"username"`
}

type entitlementsWithUsernameJSON struct {
	List []entitlementWithUsernameJSON `json:"list"`
}

func toEntitlementsWithUsernameJSON(held []directory.Held) entitlementsWithUsernameJSON {
	out := entitlementsWithUsernameJSON{List: make([]entitlementWithUsernameJSON, len(held))}
	for i, h := range held {
		e := h.Entitlement
		out.List[i] = entitlementWithUsernameJSON{EntitlementID: e.ID, RoleName: e.RoleName, BankID: e.BankID, UserID: e.UserID, Username: h.Username}
	}
	return out
}
