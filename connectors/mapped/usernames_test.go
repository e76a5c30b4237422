package mapped_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/internal/testenv"
)

func insertUser(t *testing.T, db *mapped.DB, id, username string) {
	t.Helper()
	err := db.Gorm.Exec(`INSERT INTO users (id, provider, username, email, password_hash, created_at)
		VALUES (?, 'http://127.0.0.1', ?, ?, 'x', ?)`, id, username, id+"@example.com", time.Now().UTC()).Error
	if err != nil {
		t.Fatalf("insert %s: %v", username, err)
	}
}

func TestMigration0009RefusesUsernamesDifferingOnlyByCase(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		migrateTo(t, db, 8)
		pending, err := db.Pending(ctx)
		if err != nil {
			t.Fatal(err)
		}
		insertUser(t, db, "user-id-upper", "Victim1")
		insertUser(t, db, "user-id-lower", "victim1")
		insertUser(t, db, "user-id-other", "bystander")

		_, err = db.MigrateUp(ctx)
		var refused *mapped.PreflightError
		if !errors.As(err, &refused) {
			t.Fatalf("up with colliding usernames: %v, want a preflight refusal", err)
		}
		msg := err.Error()
		for _, want := range []string{"0009_usernames_case_insensitive", `"Victim1" (user id user-id-upper)`,
			`"victim1" (user id user-id-lower)`, "rename"} {
			if !strings.Contains(msg, want) {
				t.Errorf("message lacks %q:\n%s", want, msg)
			}
		}
		if strings.Contains(msg, "bystander") {
			t.Errorf("message names a user that collides with nobody:\n%s", msg)
		}
		if n, err := db.Pending(ctx); err != nil || n != pending {
			t.Fatalf("pending after refusal = %d, %v; want %d", n, err, pending)
		}

		// The operator renames one; the migration then applies and the index holds.
		if err := db.Gorm.Exec("UPDATE users SET username = 'victim1-old' WHERE id = 'user-id-lower'").Error; err != nil {
			t.Fatal(err)
		}
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatalf("up after the rename: %v", err)
		}
		err = mapped.NewStore(db, clock.System).CreateUser(ctx, user.User{ID: "user-id-shout", Provider: "http://127.0.0.1",
			Username: "VICTIM1", Email: "x@example.com", PasswordHash: "x", CreatedAt: time.Now().UTC()})
		if !errors.Is(err, obperr.DuplicateUsername) {
			t.Errorf("VICTIM1 next to Victim1: %v, want OBP-20258", err)
		}
	})
}

// Both engines fold A-Z only, and the unique index serves the lookup.
func TestUsernameLookupIsCaseInsensitiveOnASCIIAndIndexed(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		if _, err := db.MigrateUp(ctx); err != nil {
			t.Fatal(err)
		}
		store := mapped.NewStore(db, clock.System)
		insertUser(t, db, "user-id-victim", "Victim1")
		insertUser(t, db, "user-id-jose", "José") // from before sign-up refused such names
		for _, tc := range []struct{ lookup, wantID string }{
			{"victim1", "user-id-victim"}, {"VICTIM1", "user-id-victim"}, {"Victim1", "user-id-victim"},
			{"JOSé", "user-id-jose"}, {"JOSÉ", ""}, {"victim", ""},
		} {
			u, err := store.GetUserByUsername(ctx, "http://127.0.0.1", tc.lookup)
			switch {
			case tc.wantID == "" && !errors.Is(err, obperr.UserNotFoundByProviderAndUsername):
				t.Errorf("%q found %q, %v; want not found", tc.lookup, u.Username, err)
			case tc.wantID != "" && (err != nil || u.ID != tc.wantID):
				t.Errorf("%q found %+v, %v; want %s", tc.lookup, u.ID, err, tc.wantID)
			}
		}
		where := "provider = 'p' AND " + mapped.UsernameKeySQL(db.Engine) + " = 'victim1'"
		var plan []string
		if db.Engine == mapped.Postgres {
			// On a table this small the planner would rather scan; forbid it to see the index fits.
			err := db.Gorm.Transaction(func(tx *gorm.DB) error {
				if err := tx.Exec("SET LOCAL enable_seqscan = off").Error; err != nil {
					return err
				}
				return tx.Raw("EXPLAIN SELECT id FROM users WHERE " + where).Scan(&plan).Error
			})
			if err != nil {
				t.Fatal(err)
			}
		} else {
			var rows []struct{ Detail string }
			if err := db.Gorm.Raw("EXPLAIN QUERY PLAN SELECT id FROM users WHERE " + where).Scan(&rows).Error; err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				plan = append(plan, r.Detail)
			}
		}
		if !strings.Contains(strings.Join(plan, "\n"), "users_provider_username_fold") {
			t.Errorf("the lookup does not use the fold index:\n%s", strings.Join(plan, "\n"))
		}
	})
}
