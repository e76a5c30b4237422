#!/usr/bin/env bash
# The house rule ARCHITECTURE.md states: domain/ imports no web, SQL or Casbin package.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(go list -deps ./domain/... | grep -E '^((github.com/gofiber|github.com/valyala/fasthttp|gorm.io|github.com/casbin|github.com/jackc|github.com/glebarez|modernc.org/sqlite)(/.*)?|database/sql|net/http)$' || true)
if [ -n "$bad" ]; then
  echo "domain/ must not depend on web, SQL or Casbin packages; it reaches:" >&2
  echo "$bad" >&2
  exit 1
fi
