package app

import "github.com/obp-go/obp/domain/auth"

// bearers are the kinds of `Authorization: Bearer` token the server takes, each
// recognised by its form (see auth.Bearers).
func (s *services) bearers() auth.Bearers {
	var b auth.Bearers
	b = append(b, s.oauth2.Bearer()) // the embedded authorization server's access tokens (ory_at_...)
	return b
}
