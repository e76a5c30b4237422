package mapped_test

import (
	"context"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestMigrationsUpDownUp(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		all, err := mapped.Migrations(db.Engine)
		if err != nil {
			t.Fatal(err)
		}
		up, err := db.MigrateUp(ctx)
		if err != nil {
			t.Fatalf("up: %v", err)
		}
		if len(up) != len(all) {
			t.Fatalf("applied %d of %d migrations", len(up), len(all))
		}
		if !hasTable(t, db, "banks") {
			t.Fatal("no banks table after up")
		}
		if again, err := db.MigrateUp(ctx); err != nil || len(again) != 0 {
			t.Fatalf("second up applied %v, err %v", again, err)
		}
		down, err := db.MigrateDown(ctx, -1)
		if err != nil {
			t.Fatalf("down: %v", err)
		}
		if len(down) != len(all) {
			t.Fatalf("rolled back %d of %d migrations", len(down), len(all))
		}
		if hasTable(t, db, "banks") {
			t.Fatal("banks table survives down")
		}
		if pending, err := db.Pending(ctx); err != nil || pending != len(all) {
			t.Fatalf("pending after down = %d, %v", pending, err)
		}
		if up, err = db.MigrateUp(ctx); err != nil || len(up) != len(all) {
			t.Fatalf("up again applied %v, err %v", up, err)
		}
		st, err := db.MigrationStatuses(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range st {
			if !m.Applied {
				t.Errorf("migration %d not applied", m.Version)
			}
		}
	})
}

func TestMigrateDownOneStep(t *testing.T) {
	db := testenv.OpenSQLite(t)
	ctx := context.Background()
	if _, err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	down, err := db.MigrateDown(ctx, 1)
	if err != nil || len(down) != 1 {
		t.Fatalf("down 1 = %v, %v", down, err)
	}
	all, _ := mapped.Migrations(db.Engine)
	if down[0] != all[len(all)-1].Version {
		t.Errorf("rolled back %d, want the newest %d", down[0], all[len(all)-1].Version)
	}
}

func hasTable(t *testing.T, db *mapped.DB, name string) bool {
	t.Helper()
	return db.Gorm.Migrator().HasTable(name)
}
