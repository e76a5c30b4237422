package app

import (
	"github.com/obp-go/obp/domain/authcontext"
	"github.com/obp-go/obp/domain/clock"
)

// newAuthContexts builds the auth-context service: pairs kept by the store, updates confirmed
// through the one challenge framework, codes sent to where the bank reaches the user.
func (s *services) newAuthContexts(o Options) *authcontext.Service {
	return authcontext.NewService(authcontext.Deps{Store: s.store, Users: s.users, Banks: s.conn,
		Contacts: contacts{s.store, s.customers}, Challenges: s.challenges, Clock: clock.Clock(o.Now)})
}
