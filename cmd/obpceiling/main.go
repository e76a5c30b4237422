// Command obpceiling is the ceiling case of `make bench`: the least an HTTP server can do
// per request on this machine (fiber, a pgx pool, one indexed SELECT on pgbench's
// accounts table, a small JSON answer; no authentication, no guards). The server's own
// account read is reported as a ratio of it, beside the ratio to pgbench itself.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/gofiber/fiber/v2"
	"github.com/jackc/pgx/v5/pgxpool"
)

func main() {
	addr := flag.String("listen", "127.0.0.1:0", "listen address (loopback)")
	dbURL := flag.String("database-url", "", "PostgreSQL URL of a pgbench-initialised database")
	conns := flag.Int("max-conns", 16, "pool size")
	flag.Parse()
	cfg, err := pgxpool.ParseConfig(*dbURL)
	if err != nil {
		fail(err)
	}
	cfg.MaxConns = int32(*conns)
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		fail(err)
	}
	defer pool.Close()
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Get("/accounts/:id", func(c *fiber.Ctx) error {
		id, err := strconv.Atoi(c.Params("id"))
		if err != nil {
			return fiber.ErrBadRequest
		}
		var balance, branch int
		err = pool.QueryRow(c.UserContext(), "SELECT abalance, bid FROM pgbench_accounts WHERE aid = $1", id).Scan(&balance, &branch)
		if err != nil {
			return fiber.ErrNotFound
		}
		return c.JSON(fiber.Map{"account_id": id, "branch_id": branch, "balance": balance})
	})
	if err := app.Listen(*addr); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "obpceiling:", err)
	os.Exit(1)
}
