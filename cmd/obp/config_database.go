package main

import (
	"errors"
	"net/url"
	"strings"
)

// checkDirectURL checks OBP_DIRECT_DATABASE_URL: a postgres:// URL, and only beside a
// PostgreSQL DATABASE_URL (SQLite has no pooler and no LISTEN). Its text, which holds a
// password, never appears in the error.
func checkDirectURL(databaseURL, direct string) error {
	if direct == "" {
		return nil
	}
	if !isPostgresURL(direct) {
		return errors.New("OBP_DIRECT_DATABASE_URL: want a postgres:// URL")
	}
	if u, err := url.Parse(direct); err != nil || u.Host == "" {
		return errors.New("OBP_DIRECT_DATABASE_URL: not a valid URL with a host")
	}
	if !isPostgresURL(databaseURL) {
		return errors.New("OBP_DIRECT_DATABASE_URL: set only when DATABASE_URL is a postgres:// URL")
	}
	return nil
}

func isPostgresURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}
