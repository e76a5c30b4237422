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
	"github.com/obp-go/obp/handlers"
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
	hostname := cfg.Hostname
	if hostname == "" {
		hostname = base
	}
	srv, err := app.Build(ctx, app.Options{
		DB:          db,
		Log:         log,
		AutoMigrate: cfg.AutoMigrate,
		Sandbox:     cfg.Sandbox,
		Limits:      cfg.Limits,
		Info: handlers.Info{
			GitCommit: gitCommit,
			Stage:     cfg.Stage,
			Hostname:  hostname,
			HostedBy:  cfg.HostedBy,
		},
	})
	if err != nil {
		ln.Close()
		return err
	}
	log.Info("serving", slog.String("addr", ln.Addr().String()), slog.String("engine", string(db.Engine)),
		slog.String("version", version), slog.String("git_commit", gitCommit))
	printWelcome(base, cfg)
	return srv.Serve(ctx, ln, cfg.ShutdownGrace)
}

// printWelcome tells a newcomer where the server is and what to try first.
func printWelcome(base string, cfg config) {
	fmt.Fprintf(os.Stdout, "\nOBP API listening on %s\n", base)
	fmt.Fprintf(os.Stdout, "  API root:      %s/obp/v5.1.0/root\n", base)
	fmt.Fprintf(os.Stdout, "  Banks:         %s/obp/v5.1.0/banks\n", base)
	fmt.Fprintf(os.Stdout, "  Resource docs: %s/obp/v5.1.0/resource-docs/v5.1.0/obp\n", base)
	fmt.Fprintf(os.Stdout, "  OpenAPI:       %s/obp/v5.1.0/resource-docs/v5.1.0/openapi\n\n", base)
}
