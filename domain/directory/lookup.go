package directory

import (
	"context"

	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/user"
)

// ProfileByUsername returns the user a provider knows by username, with what they hold;
// provider "" is this server's own (OBP's retired lookup by username alone).
func (s *Service) ProfileByUsername(ctx context.Context, provider, username string) (Profile, error) {
	if provider == "" {
		provider = s.users.Provider()
	}
	u, err := s.users.ByUsername(ctx, provider, username)
	if err != nil {
		return Profile{}, err
	}
	ps, err := s.profiles(ctx, []user.User{u})
	if err != nil {
		return Profile{}, err
	}
	return ps[0], nil
}

// ProfilesByEmail returns a page of the users with this e-mail address, with what they
// hold; none is an empty page.
func (s *Service) ProfilesByEmail(ctx context.Context, email string, limit, offset int) ([]Profile, error) {
	users, err := s.users.ByEmail(ctx, email, limit, offset)
	if err != nil {
		return nil, err
	}
	return s.profiles(ctx, users)
}

// Held is an entitlement with the username of its holder.
type Held struct {
	Entitlement entitlement.Entitlement
	Username    string
}

// Entitlements returns a page of every user's entitlements (of one role when roleName is
// not empty) with their holders' usernames, in two reads.
func (s *Service) Entitlements(ctx context.Context, roleName string, limit, offset int) ([]Held, error) {
	es, err := s.entitlements.List(ctx, roleName, limit, offset)
	if err != nil {
		return nil, err
	}
	var ids []string
	seen := map[string]bool{}
	for _, e := range es {
		if !seen[e.UserID] {
			seen[e.UserID] = true
			ids = append(ids, e.UserID)
		}
	}
	users, err := s.users.GetMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(users))
	for _, u := range users {
		names[u.ID] = u.Username
	}
	out := make([]Held, len(es))
	for i, e := range es {
		out[i] = Held{Entitlement: e, Username: names[e.UserID]}
	}
	return out, nil
}
