package mapped

import (
	"testing"
	"testing/fstest"
)

func TestLoadMigrationsPrefersEngineSpecificFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"0001_a.up.sql":            {Data: []byte("shared up")},
		"0001_a.down.sql":          {Data: []byte("shared down")},
		"0001_a.postgres.up.sql":   {Data: []byte("pg up")},
		"0002_b.sqlite.up.sql":     {Data: []byte("lite up")},
		"0002_b.sqlite.down.sql":   {Data: []byte("lite down")},
		"0002_b.postgres.up.sql":   {Data: []byte("pg up 2")},
		"0002_b.postgres.down.sql": {Data: []byte("pg down 2")},
	}
	pg, err := loadMigrations(fsys, Postgres)
	if err != nil {
		t.Fatal(err)
	}
	if len(pg) != 2 || pg[0].Up != "pg up" || pg[0].Down != "shared down" || pg[1].Up != "pg up 2" {
		t.Errorf("postgres migrations = %+v", pg)
	}
	lite, err := loadMigrations(fsys, SQLite)
	if err != nil {
		t.Fatal(err)
	}
	if len(lite) != 2 || lite[0].Up != "shared up" || lite[1].Down != "lite down" {
		t.Errorf("sqlite migrations = %+v", lite)
	}
}

func TestLoadMigrationsRefusesBadNames(t *testing.T) {
	for _, name := range []string{"banks.up.sql", "0001_a.sideways.sql", "0001_a.oracle.up.sql", "x_a.up.sql"} {
		if _, err := loadMigrations(fstest.MapFS{name: {Data: []byte("x")}}, SQLite); err == nil {
			t.Errorf("%s accepted", name)
		}
	}
	if _, err := loadMigrations(fstest.MapFS{"0001_a.up.sql": {Data: []byte("x")}}, SQLite); err == nil {
		t.Error("a migration without down accepted")
	}
}
