package view

import (
	"context"
	"testing"

	"github.com/obp-go/obp/domain/user"
)

type countingUsers struct {
	users map[string]user.User
	reads int
}

func (c *countingUsers) GetUser(_ context.Context, id string) (user.User, error) {
	return c.users[id], nil
}

func (c *countingUsers) GetUsers(_ context.Context, ids []string) ([]user.User, error) {
	c.reads++
	var out []user.User
	for _, id := range ids {
		if u, ok := c.users[id]; ok {
			out = append(out, u)
		}
	}
	return out, nil
}

// Holders are read once and then kept, with who they are and nothing else.
func TestHoldersAreReadOnceAndKeepOnlyWhoTheyAre(t *testing.T) {
	store := &countingUsers{users: map[string]user.User{
		"u1": {ID: "u1", Provider: "p", Username: "ellie", Email: "e@example.com", PasswordHash: "h"},
		"u2": {ID: "u2", Provider: "p", Username: "omar"},
	}}
	s := &Service{users: store}
	for range 3 {
		got, err := s.holders(context.Background(), []string{"u1", "u2"})
		if err != nil {
			t.Fatal(err)
		}
		if got["u1"] != (user.User{ID: "u1", Provider: "p", Username: "ellie"}) || got["u2"].Username != "omar" {
			t.Fatalf("holders = %+v", got)
		}
	}
	if store.reads != 1 {
		t.Errorf("%d reads of the users, want 1", store.reads)
	}
	if _, err := s.holders(context.Background(), []string{"u1", "gone"}); err != nil || store.reads != 2 {
		t.Errorf("an unknown holder: err %v, %d reads", err, store.reads)
	}
}
