package view

import (
	"context"
	"sync"

	"github.com/obp-go/obp/domain/user"
)

// maxHolderNames bounds the holder names kept in memory: past it the cache starts afresh.
const maxHolderNames = 100_000

// holderNames keeps who an account holder is (id, provider, username) in memory: what an
// account read shows of its owners. None of the three ever changes once a user exists,
// so an entry is never stale; nothing else of the user (e-mail, lock) is kept.
type holderNames struct {
	mu    sync.RWMutex
	names map[string]user.User
}

// holders returns the holders of ids by id: from memory, and the ones not there in one
// read, which are then kept.
func (s *Service) holders(ctx context.Context, ids []string) (map[string]user.User, error) {
	out := make(map[string]user.User, len(ids))
	var missing []string
	s.holderNames.mu.RLock()
	for _, id := range ids {
		if u, ok := s.holderNames.names[id]; ok {
			out[id] = u
		} else {
			missing = append(missing, id)
		}
	}
	s.holderNames.mu.RUnlock()
	if len(missing) == 0 {
		return out, nil
	}
	list, err := s.users.GetUsers(ctx, missing)
	if err != nil {
		return nil, err
	}
	s.holderNames.mu.Lock()
	defer s.holderNames.mu.Unlock()
	if s.holderNames.names == nil || len(s.holderNames.names) >= maxHolderNames {
		s.holderNames.names = map[string]user.User{}
	}
	for _, u := range list {
		name := user.User{ID: u.ID, Provider: u.Provider, Username: u.Username}
		s.holderNames.names[u.ID] = name
		out[u.ID] = name
	}
	return out, nil
}
