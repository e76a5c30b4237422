// Command obp-adapter-example is the example adapter for the REST connector: it answers
// the server's OBP messages (POST /<methodName>) from a store of its own.
//
//	obp-adapter-example -listen 127.0.0.1:8090 -database-url ./data/adapter.db
//
// and start the server with OBP_CONNECTOR=rest OBP_REST_ADAPTER_URL=http://127.0.0.1:8090.
// With OBP_REST_HMAC_SECRET set (the server's, at least 32 bytes), it refuses requests the
// server did not sign and signs its answers (OBP_REST_SIGNING=hmac OBP_REST_ANSWER_SIGNING=hmac).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/rest/exampleadapter"
)

var version = "dev" // set with -ldflags "-X main.version=..."

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "obp-adapter-example:", err)
		os.Exit(1)
	}
}

func run() error {
	listen := flag.String("listen", envOr("OBP_ADAPTER_LISTEN", "127.0.0.1:8090"), "address to serve the adapter on")
	dbURL := flag.String("database-url", envOr("OBP_ADAPTER_DATABASE_URL", "./data/adapter.db"),
		"the adapter's own store: a SQLite file path or a postgres:// URL")
	flag.Parse()
	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := mapped.Open(*dbURL, mapped.PoolConfig{MaxOpen: 16, MaxIdle: 16, MaxLifetime: time.Hour, MaxIdleTime: 10 * time.Minute})
	if err != nil {
		return err
	}
	h, err := exampleadapter.New(ctx, db, exampleadapter.Options{Version: version, Log: log,
		HMACSecret: []byte(os.Getenv("OBP_REST_HMAC_SECRET"))})
	if err != nil {
		return err
	}
	srv := &http.Server{Addr: *listen, Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	log.Info("adapter listening", slog.String("address", *listen), slog.String("store", string(db.Engine)))
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
