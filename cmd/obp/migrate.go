package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
)

func migrate(cfg config, args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	cfg.databaseFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("migrate: want up, down [N|all] or status")
	}
	db, err := mapped.Open(cfg.DatabaseURL, cfg.Pool)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	switch fs.Arg(0) {
	case "up":
		done, err := db.MigrateUp(ctx)
		fmt.Printf("applied %d migration(s) %v on %s\n", len(done), done, db.Engine)
		return err
	case "down":
		steps := 1
		if fs.NArg() > 1 {
			if fs.Arg(1) == "all" {
				steps = -1
			} else if steps, err = strconv.Atoi(fs.Arg(1)); err != nil || steps < 1 {
				return fmt.Errorf("migrate down: want a positive number or all, got %q", fs.Arg(1))
			}
		}
		undone, err := db.MigrateDown(ctx, steps)
		fmt.Printf("rolled back %d migration(s) %v on %s\n", len(undone), undone, db.Engine)
		return err
	case "status":
		st, err := db.MigrationStatuses(ctx)
		if err != nil {
			return err
		}
		for _, m := range st {
			state := "pending"
			if m.Applied {
				state = "applied " + m.AppliedAt.Format(time.RFC3339)
			}
			fmt.Printf("%04d_%-30s %s\n", m.Version, m.Name, state)
		}
		return nil
	}
	return fmt.Errorf("migrate: unknown action %q: want up, down or status", fs.Arg(0))
}
