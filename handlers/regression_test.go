package handlers_test

import (
	"testing"

	"github.com/obp-go/obp/internal/testenv"
)

// Path parameters alias fasthttp's reused buffers unless fiber copies them. A USER_ID
// kept in the role cache was overwritten by the next request's path, so roles granted
// to some users silently vanished. Pinned: every user granted in a row keeps the role.
func TestGrantedRolesSurviveLaterRequests(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	admin := adminToken(t, s)
	var users []testUser
	for i := 0; i < 8; i++ {
		u := newUser(t, s)
		grant(t, s, admin, u.ID, "", "CanGetConsumers")
		users = append(users, u)
	}
	for i, u := range users {
		if r := s.Get(t, "/obp/v5.1.0/management/consumers", auth(u.Token)...); r.Status != 200 {
			t.Errorf("user %d: status %d: %s", i, r.Status, r.Body)
		}
	}
}
