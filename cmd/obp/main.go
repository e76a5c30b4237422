// Command obp is the open-banking server: one binary with the subcommands serve, migrate,
// seed and version.
package main

import (
	"fmt"
	"os"
)

// Set at build time with -ldflags "-X main.version=... -X main.gitCommit=...".
var (
	version   = "dev"
	gitCommit = "unknown"
)

const usage = `usage: obp <command> [flags]

commands:
  serve                 run the HTTP server (applies pending migrations first unless OBP_AUTO_MIGRATE=false)
  migrate up            apply every pending migration
  migrate down [N|all]  roll back the newest N migrations (default 1), or all of them
  migrate status        list migrations and whether each is applied
  seed                  create the sandbox data set (idempotent)
  admin grant --user NAME --role ROLE [--bank ID]
                        grant a role directly in the database (bootstrap)
  admin outbox [--limit N]
                        print the newest messages of the notification outbox
  admin rotate-consent-key
                        make a new Consent-JWT signing key (the old one still verifies)
  version               print the version and git commit

Configuration comes from environment variables (see README.md); flags override them.`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	cfg, err := loadConfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, "obp:", err)
		os.Exit(2)
	}
	args := os.Args[2:]
	switch os.Args[1] {
	case "serve":
		err = serve(cfg, args)
	case "migrate":
		err = migrate(cfg, args)
	case "seed":
		err = seed(cfg, args)
	case "admin":
		err = admin(cfg, args)
	case "version":
		fmt.Printf("obp %s (commit %s)\n", version, gitCommit)
	case "help", "-h", "--help":
		fmt.Println(usage)
	default:
		fmt.Fprintf(os.Stderr, "obp: unknown command %q\n\n%s\n", os.Args[1], usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "obp:", err)
		os.Exit(1)
	}
}
