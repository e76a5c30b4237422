package app

import (
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/scopedtoken"
)

// wireScopedTokens builds the scoped access tokens' service: tokens in the platform
// store, accounts handed on checked against the creator's views (the authorization
// cache), operations against the registry's ids (filled once the server is built):
// only operations about one account, or public ones, may be permitted.
func (s *services) wireScopedTokens(o Options) {
	s.scopedTokens = scopedtoken.NewService(scopedtoken.Deps{Store: s.store, Users: s.store, Access: s.roles,
		Served: s.operationIDs.has, AccountBound: s.operationIDs.boundToAccount, Clock: clock.Clock(o.Now)})
}
