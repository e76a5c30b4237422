package mapped_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/oauth2"
	"github.com/obp-go/obp/internal/testenv"
)

// Records round-trip, are used up once, go by family, and are swept a day after they expire.
func TestOAuth2Records(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		st := mapped.NewStore(db, clock.System)
		now := time.Now().UTC().Truncate(time.Second)
		rec := func(kind oauth2.Kind, sig, req string, exp time.Time) oauth2.Record {
			return oauth2.Record{Kind: kind, Signature: sig, RequestID: req, ClientID: "key", Subject: "u1", RequestedAt: now,
				Scopes: []string{"obp", "openid"}, GrantedScopes: []string{"obp"}, Form: "scope=obp", Session: []byte(`{}`),
				Active: true, ExpiresAt: exp}
		}
		for _, r := range []oauth2.Record{rec(oauth2.KindAccess, "a1", "r1", now.Add(time.Hour)), rec(oauth2.KindAccess, "a2", "r1", now.Add(time.Hour)),
			rec(oauth2.KindRefresh, "f1", "r1", now.Add(time.Hour)), rec(oauth2.KindCode, "c1", "r2", now.Add(-2*time.Hour))} {
			if err := st.CreateOAuth2Record(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		got, err := st.GetOAuth2Record(ctx, oauth2.KindAccess, "a1")
		if err != nil || !slices.Equal(got.Scopes, []string{"obp", "openid"}) || !got.Active || !got.ExpiresAt.Equal(now.Add(time.Hour)) {
			t.Fatalf("round trip: %+v %v", got, err)
		}
		if _, err := st.GetOAuth2Record(ctx, oauth2.KindRefresh, "a1"); !errors.Is(err, oauth2.ErrNotFound) {
			t.Errorf("a signature under another kind: %v", err)
		}
		if err := st.DeactivateOAuth2Record(ctx, oauth2.KindRefresh, "f1"); err != nil {
			t.Fatal(err)
		}
		if err := st.DeactivateOAuth2Record(ctx, oauth2.KindRefresh, "f1"); !errors.Is(err, oauth2.ErrInactive) {
			t.Errorf("used up twice: %v", err)
		}
		if err := st.DeleteOAuth2Request(ctx, oauth2.KindAccess, "r1"); err != nil {
			t.Fatal(err)
		}
		for _, sig := range []string{"a1", "a2"} {
			if _, err := st.GetOAuth2Record(ctx, oauth2.KindAccess, sig); !errors.Is(err, oauth2.ErrNotFound) {
				t.Errorf("access token %s of the revoked family: %v", sig, err)
			}
		}
		if err := st.CreateInteraction(ctx, oauth2.Interaction{IDHash: "old", Form: "x=1", CreatedAt: now, ExpiresAt: now.Add(-time.Minute)}); err != nil {
			t.Fatal(err)
		}
		if _, err := st.GetInteraction(ctx, "old", now); !errors.Is(err, oauth2.ErrNotFound) {
			t.Errorf("an expired interaction: %v", err)
		}
		if err := st.CreateInteraction(ctx, oauth2.Interaction{IDHash: "live", Form: "x=2", CreatedAt: now, ExpiresAt: now.Add(time.Minute)}); err != nil {
			t.Fatal(err)
		}
		if in, err := st.TakeInteraction(ctx, "live", now); err != nil || in.Form != "x=2" {
			t.Fatalf("take: %+v %v", in, err)
		}
		if _, err := st.TakeInteraction(ctx, "live", now); !errors.Is(err, oauth2.ErrNotFound) {
			t.Errorf("an interaction taken twice: %v", err)
		}
		// Grants stay a day past their expiry (a replay is still recognised); pages' rows go at once.
		if n, err := st.Sweep(ctx, now); err != nil || n != 1 {
			t.Errorf("sweep now removed %d rows (%v), want the expired interaction", n, err)
		}
		if n, err := st.Sweep(ctx, now.Add(26*time.Hour)); err != nil || n != 2 {
			t.Errorf("sweep a day later removed %d rows (%v), want the code and the refresh token", n, err)
		}
	})
}
