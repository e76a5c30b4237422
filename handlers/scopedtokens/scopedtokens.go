// Package scopedtokens is the area of the HTTP face for TKEY7-style scoped access tokens
// (ours; OBP has none): a user holding CanCreateScopedAccessToken at a bank creates, lists
// and revokes tokens for users, and a token's holder keeps it alive by refreshing it.
package scopedtokens

import (
	"context"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/scopedtoken"
	"github.com/obp-go/obp/handlers"
)

// Tokens is what the area needs of the scoped-token service.
type Tokens interface {
	Create(ctx context.Context, creator auth.Principal, bankID string, n scopedtoken.New) (scopedtoken.Issued, error)
	List(ctx context.Context, creator auth.Principal, bankID string) ([]scopedtoken.Listed, error)
	Revoke(ctx context.Context, creator auth.Principal, bankID, id string) error
	Refresh(ctx context.Context, p auth.Principal) (scopedtoken.Token, error)
}

type area struct{ tokens Tokens }

// Docs declares the area's endpoints over tokens.
func Docs(tokens Tokens) []handlers.ResourceDoc {
	return (&area{tokens: tokens}).docs()
}
