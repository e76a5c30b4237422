package mapped_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// migrateTo brings an empty database up to exactly version.
func migrateTo(t *testing.T, db *mapped.DB, version int) {
	t.Helper()
	ctx := context.Background()
	if _, err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	all, err := mapped.Migrations(db.Engine)
	if err != nil {
		t.Fatal(err)
	}
	newer := 0
	for _, m := range all {
		if m.Version > version {
			newer++
		}
	}
	if _, err := db.MigrateDown(ctx, newer); err != nil {
		t.Fatal(err)
	}
}

// Before 0008 any user could open OBP-OUTGOING-SETTLEMENT-ACCOUNT-EUR and the server then
// adopted it. Pinned: the migration refuses such a row, names it and changes nothing, and
// adopts only holderless settlement accounts the server made itself.
func TestMoneySafetyMigrationRefusesASquattedSettlementAccount(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		migrateTo(t, db, 7)
		now := time.Now().UTC()
		testenv.Exec(t, db, "INSERT INTO banks (id, created_at, updated_at) VALUES ('b1', ?, ?)", now, now)
		testenv.Exec(t, db, "INSERT INTO users (id, provider, username, email, password_hash, created_at) VALUES ('u1', 'p', 'mallory', 'm@x', 'h', ?)", now)
		for _, a := range [][2]string{{"OBP-OUTGOING-SETTLEMENT-ACCOUNT-EUR", "CURRENT"}, {"OBP-INCOMING-SETTLEMENT-ACCOUNT-EUR", "SETTLEMENT"}} {
			testenv.Exec(t, db, "INSERT INTO accounts (bank_id, id, product_code, currency, created_at, updated_at) VALUES ('b1', ?, ?, 'EUR', ?, ?)", a[0], a[1], now, now)
		}
		testenv.Exec(t, db, "INSERT INTO account_holders (bank_id, account_id, user_id) VALUES ('b1', 'OBP-OUTGOING-SETTLEMENT-ACCOUNT-EUR', 'u1')")

		_, err := db.MigrateUp(context.Background())
		var refused *mapped.PreflightError
		if !errors.As(err, &refused) {
			t.Fatalf("migrate up over a squatted settlement account: %v, want a refusal", err)
		}
		msg := err.Error()
		for _, want := range []string{"0008_money_safety", `"OBP-OUTGOING-SETTLEMENT-ACCOUNT-EUR"`, `bank "b1"`, `holder "u1"`, "review its transactions"} {
			if !strings.Contains(msg, want) {
				t.Errorf("refusal %q does not say %q", msg, want)
			}
		}
		if strings.Contains(msg, "INCOMING") {
			t.Errorf("the server's own settlement account is named as a problem: %s", msg)
		}
		if n, _ := db.Pending(context.Background()); n == 0 {
			t.Fatal("the refused migration was applied")
		}

		// The operator moves the squatter's account out of the way; the migration then runs
		// and adopts the server's own account as a system account.
		testenv.Exec(t, db, "DELETE FROM account_holders WHERE account_id = 'OBP-OUTGOING-SETTLEMENT-ACCOUNT-EUR'")
		testenv.Exec(t, db, "DELETE FROM accounts WHERE id = 'OBP-OUTGOING-SETTLEMENT-ACCOUNT-EUR'")
		if _, err := db.MigrateUp(context.Background()); err != nil {
			t.Fatalf("migrate up once resolved: %v", err)
		}
		var role string
		testenv.Query(t, db, &role, "SELECT system_role FROM accounts WHERE id = 'OBP-INCOMING-SETTLEMENT-ACCOUNT-EUR'")
		if role != "INCOMING_SETTLEMENT" {
			t.Errorf("the server's settlement account has system_role %q", role)
		}
	})
}

// Parallel refunds once stored several live refunds of one transaction. The unique index
// that prevents it cannot be built over such rows, so the migration names them instead.
func TestMoneySafetyMigrationRefusesDuplicateLiveRefunds(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		migrateTo(t, db, 7)
		now := time.Now().UTC()
		for _, id := range []string{"r1", "r2"} {
			testenv.Exec(t, db, `INSERT INTO transaction_requests (id, bank_id, account_id, view_id, type, status, currency, amount, refund_of,
				details, created_by_user_id, created_at, updated_at) VALUES (?, 'b1', 'a1', 'owner', 'REFUND', 'INITIATED', 'EUR', 500, 'tx-1', '{}', 'u1', ?, ?)`, id, now, now)
		}
		_, err := db.MigrateUp(context.Background())
		if err == nil || !strings.Contains(err.Error(), `transaction "tx-1" has 2 live refund requests`) {
			t.Fatalf("migrate up over duplicate refunds: %v", err)
		}
		testenv.Exec(t, db, "UPDATE transaction_requests SET status = 'CANCELLED' WHERE id = 'r2'")
		if _, err := db.MigrateUp(context.Background()); err != nil {
			t.Fatalf("migrate up once resolved: %v", err)
		}
	})
}
