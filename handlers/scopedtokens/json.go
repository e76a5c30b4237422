package scopedtokens

import (
	"time"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/scopedtoken"
	"github.com/obp-go/obp/handlers/wire"
)

// postJSON asks for a token (schema scoped_access_token_post).
type postJSON struct {
	UserID                string   `json:"user_id"`
	AccessRight           string   `json:"access_right"`
	AccountIDs            []string `json:"account_ids"`
	AllowedIPAddresses    []string `json:"allowed_ip_addresses"`
	PermittedOperationIDs []string `json:"permitted_operation_ids"`
	ExpiresIn             int      `json:"expires_in,omitempty"` // seconds; 0: 24 hours
}

func (in postJSON) toNew() scopedtoken.New {
	return scopedtoken.New{UserID: in.UserID, Access: in.AccessRight, AccountIDs: in.AccountIDs, AllowedIPs: in.AllowedIPAddresses,
		OperationIDs: in.PermittedOperationIDs, Life: time.Duration(in.ExpiresIn) * time.Second}
}

// tokenJSON is a token as its creator sees it, without its value.
type tokenJSON struct {
	ScopedAccessTokenID   string   `json:"scoped_access_token_id"`
	CreatedByUserID       string   `json:"created_by_user_id"`
	UserID                string   `json:"user_id"`
	BankID                string   `json:"bank_id"`
	AccessRight           string   `json:"access_right"`
	AccountIDs            []string `json:"account_ids"`
	AllowedIPAddresses    []string `json:"allowed_ip_addresses"`
	PermittedOperationIDs []string `json:"permitted_operation_ids"`
	CreatedAt             string   `json:"created_at"`
	ExpiresAt             string   `json:"expires_at"`
	RefreshBefore         string   `json:"refresh_before"`
	RevokedAt             *string  `json:"revoked_at,omitempty"`
	Status                string   `json:"status,omitempty"`
}

// issuedJSON is a new token with its value, shown this once.
type issuedJSON struct {
	Token     string `json:"token"`
	TokenType string `json:"token_type"`
	tokenJSON
}

type tokensJSON struct {
	ScopedAccessTokens []tokenJSON `json:"scoped_access_tokens"`
}

type refreshedJSON struct {
	ScopedAccessTokenID string `json:"scoped_access_token_id"`
	RefreshBefore       string `json:"refresh_before"`
	ExpiresAt           string `json:"expires_at"`
}

func toTokenJSON(l scopedtoken.Listed) tokenJSON {
	out := fromToken(l.Token)
	out.Status = string(l.Status)
	return out
}

func fromToken(t scopedtoken.Token) tokenJSON {
	ips := make([]string, len(t.AllowedIPs))
	for i, p := range t.AllowedIPs {
		ips[i] = p.String()
	}
	out := tokenJSON{ScopedAccessTokenID: t.ID, CreatedByUserID: t.CreatedByUserID, UserID: t.UserID, BankID: t.BankID,
		AccessRight: string(t.Access), AccountIDs: nonNil(t.AccountIDs), AllowedIPAddresses: ips, PermittedOperationIDs: nonNil(t.OperationIDs),
		CreatedAt: wire.Time(t.CreatedAt), ExpiresAt: wire.Time(t.ExpiresAt), RefreshBefore: wire.Time(t.RefreshBefore)}
	if t.RevokedAt != nil {
		at := wire.Time(*t.RevokedAt)
		out.RevokedAt = &at
	}
	return out
}

func toIssuedJSON(t scopedtoken.Issued) issuedJSON {
	return issuedJSON{Token: t.Value, TokenType: "Bearer", tokenJSON: fromToken(t.Token)}
}

func toRefreshedJSON(t scopedtoken.Token) refreshedJSON {
	return refreshedJSON{ScopedAccessTokenID: t.ID, RefreshBefore: wire.Time(t.RefreshBefore), ExpiresAt: wire.Time(t.ExpiresAt)}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

var exampleCreated = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

var examplePost = postJSON{UserID: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1", AccessRight: string(auth.Viewer),
	AccountIDs: []string{"8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0"}, AllowedIPAddresses: []string{"203.0.113.7", "198.51.100.0/24"},
	PermittedOperationIDs: []string{"OBPv4.0.0-getPrivateAccountByIDFull", "OBPv5.1.0-getBankAccountBalances"}, ExpiresIn: 86400}

var exampleToken = tokenJSON{ScopedAccessTokenID: "6f1c3c0e-2b8e-4d8b-9f55-0c6de2b5f0a1", CreatedByUserID: "7d2b1f0a-51a3-4c1e-8f0e-3b9a2c7d6e10",
	UserID: examplePost.UserID, BankID: "gh.29.uk", AccessRight: examplePost.AccessRight, AccountIDs: examplePost.AccountIDs,
	AllowedIPAddresses: []string{"203.0.113.7/32", "198.51.100.0/24"}, PermittedOperationIDs: examplePost.PermittedOperationIDs,
	CreatedAt: wire.Time(exampleCreated), ExpiresAt: wire.Time(exampleCreated.Add(scopedtoken.MaxLife)),
	RefreshBefore: wire.Time(exampleCreated.Add(scopedtoken.RefreshWindow)), Status: string(scopedtoken.Active)}

var exampleIssued = func() issuedJSON {
	t := exampleToken
	t.Status = ""
	return issuedJSON{Token: "obp_st_Q2hhbmdlIG1lOiB0aGlzIGlzIGFuIGV4YW1wbGUgdmFsdWUu", TokenType: "Bearer", tokenJSON: t}
}()

var exampleRefreshed = refreshedJSON{ScopedAccessTokenID: exampleToken.ScopedAccessTokenID,
	RefreshBefore: wire.Time(exampleCreated.Add(25 * time.Minute)), ExpiresAt: exampleToken.ExpiresAt}
