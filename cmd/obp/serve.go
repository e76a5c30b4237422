package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/sandbox"
)

func serve(cfg config, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "listen address (OBP_ADDR)")
	fs.BoolVar(&cfg.Sandbox, "sandbox", cfg.Sandbox, "seed the sandbox data set on start (OBP_SANDBOX)")
	fs.BoolVar(&cfg.AutoMigrate, "migrate", cfg.AutoMigrate, "apply pending migrations on start (OBP_AUTO_MIGRATE)")
	cfg.databaseFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := cfg.logger()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if cfg.PprofAddr != "" {
		if err := servePprof(ctx, cfg.PprofAddr, log); err != nil {
			return err
		}
	}

	db, err := mapped.Open(cfg.DatabaseURL, cfg.Pool)
	if err != nil {
		return err
	}
	defer db.Close()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	base := "http://" + ln.Addr().String()
	o := cfg.appOptions()
	o.DB, o.Log, o.AutoMigrate, o.Sandbox, o.Limits = db, log, cfg.AutoMigrate, cfg.Sandbox, cfg.Limits
	srv, err := app.Build(ctx, o)
	if err != nil {
		ln.Close()
		return err
	}
	log.Info("serving", slog.String("addr", ln.Addr().String()), slog.String("engine", string(db.Engine)),
		slog.String("version", version), slog.String("git_commit", gitCommit))
	printWelcome(base, cfg, srv.Seeded)
	return srv.HTTP.Serve(ctx, ln, cfg.ShutdownGrace)
}

// printWelcome tells a newcomer where the server is and how to log in. Generated
// credentials are printed once, when created; they are not stored in clear.
func printWelcome(base string, cfg config, seeded sandbox.Result) {
	w := os.Stdout
	fmt.Fprintf(w, "\nOBP API listening on %s\n", base)
	fmt.Fprintf(w, "  API root:      %s/obp/v5.1.0/root\n", base)
	fmt.Fprintf(w, "  Banks:         %s/obp/v5.1.0/banks\n", base)
	fmt.Fprintf(w, "  OpenAPI:       %s/obp/v5.1.0/resource-docs/v5.1.0/openapi\n", base)
	if !cfg.Sandbox {
		fmt.Fprintln(w)
		return
	}
	username, password, key := cfg.AdminUsername, "", cfg.ConsumerKey
	if username == "" {
		username = sandbox.DefaultAdminUsername
	}
	switch {
	case seeded.AdminCreated && cfg.AdminPassword == "":
		password = seeded.AdminPassword // generated now: shown this once, never stored in clear
	case cfg.AdminPassword != "":
		password = "$OBP_ADMIN_PASSWORD" // the operator's own secret is not echoed
	}
	if seeded.ConsumerKey != "" {
		key = seeded.ConsumerKey
	}
	if password == "" {
		password = "(generated on the first start and printed then; set OBP_ADMIN_PASSWORD to fix it)"
	}
	if key == "" {
		key = "(generated on the first start and printed then; set OBP_SANDBOX_CONSUMER_KEY to fix it)"
	}
	fmt.Fprintf(w, "\nSandbox administrator: %s / %s\n", username, password)
	fmt.Fprintf(w, "Sandbox consumer key:  %s\n", key)
	fmt.Fprintf(w, "\nLog in:\n  curl -s -X POST %s/my/logins/direct \\\n    -H \"DirectLogin: username=%s, password=%s, consumer_key=%s\"\n", base, username, password, key)
	fmt.Fprintf(w, "Then:\n  curl -s %s/obp/v5.1.0/users/current -H 'DirectLogin: token=<token>'\n\n", base)
}
