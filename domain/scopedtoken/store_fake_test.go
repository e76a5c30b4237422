package scopedtoken

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// fakeStore keeps tokens in memory, with the same conditional changes as the SQL store.
type fakeStore struct {
	mu     sync.Mutex
	tokens map[string]Token  // by id
	hashes map[string]string // hash -> id
}

func newFakeStore() *fakeStore {
	return &fakeStore{tokens: map[string]Token{}, hashes: map[string]string{}}
}

func (f *fakeStore) CreateScopedToken(_ context.Context, t Token, hash string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tokens[t.ID], f.hashes[hash] = t, t.ID
	return nil
}

func (f *fakeStore) ScopedTokenByHash(_ context.Context, hash string) (Held, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id, ok := f.hashes[hash]
	if !ok {
		return Held{}, ErrNotFound
	}
	return Held{Token: f.tokens[id], Username: "u", ConsumerEnabled: true}, nil
}

func (f *fakeStore) ScopedToken(_ context.Context, id string) (Token, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t, ok := f.tokens[id]
	if !ok {
		return Token{}, ErrNotFound
	}
	return t, nil
}

func (f *fakeStore) ListScopedTokens(_ context.Context, creatorID, bankID string) ([]Token, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Token
	for _, t := range f.tokens {
		if t.CreatedByUserID == creatorID && t.BankID == bankID {
			out = append(out, t)
		}
	}
	return out, nil
}

func (f *fakeStore) RevokeScopedToken(_ context.Context, id, creatorID, bankID string, at time.Time) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t, ok := f.tokens[id]
	if !ok || t.CreatedByUserID != creatorID || t.BankID != bankID {
		return false, nil
	}
	if t.RevokedAt == nil {
		t.RevokedAt = &at
		f.tokens[id] = t
	}
	return true, nil
}

func (f *fakeStore) ExtendScopedToken(_ context.Context, id string, now, until time.Time) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t := f.tokens[id]
	if t.RevokedAt != nil || !now.Before(t.RefreshBefore) || !now.Before(t.ExpiresAt) {
		return false, nil
	}
	t.RefreshBefore = until
	f.tokens[id] = t
	return true, nil
}

func (f *fakeStore) LapseScopedToken(_ context.Context, id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	t := f.tokens[id]
	if t.RevokedAt == nil {
		at := t.RefreshBefore
		t.RevokedAt = &at
		f.tokens[id] = t
	}
	return nil
}

type fakeUsers map[string]bool

func (f fakeUsers) GetUser(_ context.Context, id string) (user.User, error) {
	if !f[id] {
		return user.User{}, obperr.UserNotFoundByID
	}
	return user.User{ID: id}, nil
}

// fakeAccess: the creator "boss" has a view on a1 and a2 at bank b.
type fakeAccess struct{}

func (fakeAccess) ViewsOnAccount(userID string, ref account.Ref) []string {
	if userID == "boss" && ref.BankID == "b" && slices.Contains([]string{"a1", "a2"}, ref.AccountID) {
		return []string{"owner"}
	}
	return nil
}
