package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
)

func seed(cfg config, args []string) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	cfg.databaseFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := mapped.Open(cfg.DatabaseURL, cfg.Pool)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if pending, err := db.Pending(ctx); err != nil {
		return err
	} else if pending > 0 {
		return fmt.Errorf("%d migration(s) pending: run `obp migrate up` first", pending)
	}
	o := cfg.appOptions()
	o.DB = db
	res, err := app.Seed(ctx, o)
	if err != nil {
		return err
	}
	fmt.Printf("sandbox seeded: %d bank(s) created\n", res.BanksCreated)
	if res.AdminCreated {
		fmt.Printf("administrator created: %s / %s (shown once)\n", res.AdminUsername, res.AdminPassword)
	}
	if res.ConsumerKey != "" {
		fmt.Printf("consumer created: key %s\n", res.ConsumerKey)
	}
	return nil
}
