// Package app assembles the server from its parts: database, connector, domain services
// and the HTTP face. The obp command and the black-box tests build the server the same way.
package app

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/handlers"
)

// Options say how to assemble the server.
type Options struct {
	DB          *mapped.DB
	Log         *slog.Logger
	Info        handlers.Info
	Limits      handlers.Limits
	AutoMigrate bool // apply pending migrations before serving
	Sandbox     bool // seed the sandbox data set (idempotent)
	ExtraDocs   []handlers.ResourceDoc
}

// Build migrates and seeds as asked, then returns the HTTP server.
func Build(ctx context.Context, o Options) (*handlers.Server, error) {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.AutoMigrate {
		done, err := o.DB.MigrateUp(ctx)
		if err != nil {
			return nil, err
		}
		if len(done) > 0 {
			o.Log.Info("migrations applied", slog.Any("versions", done), slog.String("engine", string(o.DB.Engine)))
		}
	} else if pending, err := o.DB.Pending(ctx); err != nil {
		return nil, err
	} else if pending > 0 {
		return nil, fmt.Errorf("%d migration(s) pending and OBP_AUTO_MIGRATE=false: run `obp migrate up` first", pending)
	}
	conn := mapped.NewConnector(o.DB)
	if o.Sandbox {
		res, err := Seed(ctx, conn)
		if err != nil {
			return nil, fmt.Errorf("seed sandbox: %w", err)
		}
		if res.BanksCreated > 0 {
			o.Log.Info("sandbox seeded", slog.Int("banks_created", res.BanksCreated))
		}
	}
	if o.Info.Connector == "" {
		o.Info.Connector = mapped.Name
	}
	return handlers.New(handlers.Deps{
		Banks:     bank.NewService(conn),
		DB:        o.DB,
		Info:      o.Info,
		Log:       o.Log,
		Limits:    o.Limits,
		ExtraDocs: o.ExtraDocs,
	})
}

// Seed writes the sandbox data set through the connector.
func Seed(ctx context.Context, conn *mapped.Connector) (sandbox.Result, error) {
	return sandbox.Seeder{Banks: conn}.Seed(ctx)
}
