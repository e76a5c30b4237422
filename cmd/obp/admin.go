package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
)

// admin runs operator commands against the database directly: for bootstrapping any
// deployment, where no user may yet hold the rights to grant through the API.
func admin(cfg config, args []string) error {
	if len(args) > 0 && args[0] == "outbox" {
		return adminOutbox(cfg, args[1:])
	}
	if len(args) > 0 && args[0] == "rotate-consent-key" {
		return adminRotateConsentKey(cfg, args[1:])
	}
	if len(args) == 0 || args[0] != "grant" {
		return fmt.Errorf("admin: want `admin grant --user NAME --role ROLE [--bank ID]`, `admin outbox [--limit N]` or `admin rotate-consent-key`")
	}
	fs := flag.NewFlagSet("admin grant", flag.ContinueOnError)
	username := fs.String("user", "", "username of a local user")
	roleName := fs.String("role", "", "role name, e.g. CanCreateEntitlementAtAnyBank")
	bankID := fs.String("bank", "", "bank id, for a bank role")
	cfg.databaseFlags(fs)
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *username == "" || *roleName == "" {
		return fmt.Errorf("admin grant: --user and --role are required")
	}
	db, err := mapped.Open(cfg.DatabaseURL, cfg.Pool)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	o := cfg.appOptions()
	o.DB = db
	e, err := app.Grant(ctx, o, *username, *roleName, *bankID)
	if err != nil {
		return err
	}
	scope := "system-wide"
	if e.BankID != "" {
		scope = "at bank " + e.BankID
	}
	fmt.Printf("granted %s to %s %s (entitlement %s)\n", e.RoleName, *username, scope, e.ID)
	return nil
}

// adminOutbox prints the newest messages of the notification outbox: on a sandbox, how a
// developer reads the one-time passwords the server would have sent.
func adminOutbox(cfg config, args []string) error {
	fs := flag.NewFlagSet("admin outbox", flag.ContinueOnError)
	limit := fs.Int("limit", 20, "how many messages, newest first")
	return withDatabase(&cfg, fs, args, func(ctx context.Context, db *mapped.DB) error {
		msgs, err := mapped.NewOutbox(db, clock.System).List(ctx, *limit, 0)
		if err != nil {
			return err
		}
		for _, m := range msgs {
			fmt.Printf("%s  %-5s  %s  %s\n", m.CreatedAt.Format(time.RFC3339), m.Channel, m.To, m.Body)
		}
		return nil
	})
}

// adminRotateConsentKey makes a new Consent-JWT signing key; the old one keeps verifying
// what it signed.
func adminRotateConsentKey(cfg config, args []string) error {
	fs := flag.NewFlagSet("admin rotate-consent-key", flag.ContinueOnError)
	return withDatabase(&cfg, fs, args, func(ctx context.Context, db *mapped.DB) error {
		o := cfg.appOptions()
		o.DB = db
		id, err := app.RotateConsentKey(ctx, o)
		if err != nil {
			return err
		}
		fmt.Printf("consent signing key rotated: new key id %s (published at /obp/v3.1.0/certs)\n", id)
		return nil
	})
}

// withDatabase parses an admin command's flags (with --database-url), opens the database
// and runs the command within a minute.
func withDatabase(cfg *config, fs *flag.FlagSet, args []string, run func(ctx context.Context, db *mapped.DB) error) error {
	cfg.databaseFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := mapped.Open(cfg.DatabaseURL, cfg.Pool)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return run(ctx, db)
}
