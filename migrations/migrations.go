// Package migrations holds the versioned SQL migrations, embedded in the binary.
//
// Files are named NNNN_name.up.sql and NNNN_name.down.sql. Where the two engines need
// different SQL, NNNN_name.postgres.up.sql and NNNN_name.sqlite.up.sql take precedence
// over the shared file for their engine. A landed migration is never edited: add a new one.
package migrations

import "embed"

// FS holds every migration file.
//
//go:embed *.sql
var FS embed.FS
