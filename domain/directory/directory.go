// Package directory answers "who is this user and what do they hold": users with their
// roles (entitlements) and their views on accounts, and entitlement requests with the
// users who made them. It composes the user, entitlement and view contexts' reads so
// that a page of users costs three reads, whatever its size.
package directory

import (
	"context"

	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
)

// Users reads users.
type Users interface {
	Get(ctx context.Context, id string) (user.User, error)
	GetMany(ctx context.Context, ids []string) ([]user.User, error)
	List(ctx context.Context, limit, offset int) ([]user.User, error)
	Provider() string
	ByUsername(ctx context.Context, provider, username string) (user.User, error)
	ByEmail(ctx context.Context, email string, limit, offset int) ([]user.User, error)
}

// Entitlements reads and files roles.
type Entitlements interface {
	ForUsers(ctx context.Context, userIDs []string) ([]entitlement.Entitlement, error)
	Requests(ctx context.Context, userID string, limit, offset int) ([]entitlement.Request, error)
	Request(ctx context.Context, userID, bankID, roleName string) (entitlement.Request, error)
	List(ctx context.Context, roleName string, limit, offset int) ([]entitlement.Entitlement, error)
}

// Access reads account access.
type Access interface {
	AccessOf(ctx context.Context, userIDs []string) ([]view.Access, error)
}

// Profile is a user with what they hold.
type Profile struct {
	User         user.User
	Entitlements []entitlement.Entitlement
	Access       []view.Access
}

// Requested is an entitlement request with the profile of the user who made it.
type Requested struct {
	Request entitlement.Request
	By      Profile
}

// Service holds the directory's reads.
type Service struct {
	users        Users
	entitlements Entitlements
	access       Access
}

// NewService returns the directory over the three contexts.
func NewService(users Users, entitlements Entitlements, access Access) *Service {
	return &Service{users: users, entitlements: entitlements, access: access}
}

// Profile returns one user with what they hold.
func (s *Service) Profile(ctx context.Context, userID string) (Profile, error) {
	u, err := s.users.Get(ctx, userID)
	if err != nil {
		return Profile{}, err
	}
	ps, err := s.profiles(ctx, []user.User{u})
	if err != nil {
		return Profile{}, err
	}
	return ps[0], nil
}

// Profiles returns a page of users with what they hold.
func (s *Service) Profiles(ctx context.Context, limit, offset int) ([]Profile, error) {
	users, err := s.users.List(ctx, limit, offset)
	if err != nil {
		return nil, err
	}
	return s.profiles(ctx, users)
}

// Requests returns a page of entitlement requests (one user's, or everyone's for "")
// with the users who made them.
func (s *Service) Requests(ctx context.Context, userID string, limit, offset int) ([]Requested, error) {
	reqs, err := s.entitlements.Requests(ctx, userID, limit, offset)
	if err != nil {
		return nil, err
	}
	var ids []string
	seen := map[string]bool{}
	for _, r := range reqs {
		if !seen[r.UserID] {
			seen[r.UserID] = true
			ids = append(ids, r.UserID)
		}
	}
	users, err := s.users.GetMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	ps, err := s.profiles(ctx, users)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]Profile, len(ps))
	for _, p := range ps {
		byID[p.User.ID] = p
	}
	out := make([]Requested, len(reqs))
	for i, r := range reqs {
		out[i] = Requested{Request: r, By: byID[r.UserID]}
	}
	return out, nil
}

// RequestRole files userID's request for a role and returns it with their profile.
func (s *Service) RequestRole(ctx context.Context, userID, bankID, roleName string) (Requested, error) {
	r, err := s.entitlements.Request(ctx, userID, bankID, roleName)
	if err != nil {
		return Requested{}, err
	}
	p, err := s.Profile(ctx, userID)
	return Requested{Request: r, By: p}, err
}

// profiles attaches every user's roles and views, in two reads.
func (s *Service) profiles(ctx context.Context, users []user.User) ([]Profile, error) {
	ids := make([]string, len(users))
	for i, u := range users {
		ids[i] = u.ID
	}
	ents, err := s.entitlements.ForUsers(ctx, ids)
	if err != nil {
		return nil, err
	}
	access, err := s.access.AccessOf(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]Profile, len(users))
	index := make(map[string]int, len(users))
	for i, u := range users {
		out[i] = Profile{User: u}
		index[u.ID] = i
	}
	for _, e := range ents {
		if i, ok := index[e.UserID]; ok {
			out[i].Entitlements = append(out[i].Entitlements, e)
		}
	}
	for _, a := range access {
		if i, ok := index[a.UserID]; ok {
			out[i].Access = append(out[i].Access, a)
		}
	}
	return out, nil
}
