#!/usr/bin/env bash
# make test: every test, on SQLite and on PostgreSQL, with the race detector.
# TEST_DATABASE_URL, when set, names the PostgreSQL to use (each test takes a schema of its
# own there). Otherwise a throwaway server is started from PGBIN in a temporary directory
# on a free port and stopped at the end. Without PostgreSQL binaries the Postgres leg is
# skipped with a loud message locally, and fails under CI (CI=true). So is the check of every
# response against OBP's spec when its files are not in OBP_SPEC_DIR (../shared/obp-spec).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg.sh

# OBP's own API spec: the handlers' TestMain checks every JSON response the black-box suites
# receive against it. Read from ../shared, as the Postman leg reads its collection.
spec_dir=$(realpath -m "${OBP_SPEC_DIR:-../shared/obp-spec}")
export OBP_SPEC_DIR=$spec_dir
if [ ! -f "$spec_dir/obp-v6.0.0-openapi3.1.json" ] || [ ! -f "$spec_dir/obp-v5.1.0-swagger2.yaml" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "FATAL: OBP's spec files are not in $spec_dir; CI must check the responses against them" >&2
    exit 1
  fi
  echo "##################################################################" >&2
  echo "## WARNING: OBP's spec files are not in $spec_dir."                >&2
  echo "## Responses are NOT checked against OBP's schemas."               >&2
  echo "##################################################################" >&2
fi

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if pg_available; then
    pg_start
    trap pg_stop EXIT
    export TEST_DATABASE_URL="$PG_URL"
  elif [ "${CI:-}" = "true" ]; then
    echo "FATAL: no PostgreSQL binaries in $PGBIN and TEST_DATABASE_URL unset; CI must run the PostgreSQL leg" >&2
    exit 1
  else
    echo "##################################################################" >&2
    echo "## WARNING: no PostgreSQL in $PGBIN and TEST_DATABASE_URL unset." >&2
    echo "## The PostgreSQL leg of every suite is SKIPPED. SQLite only."   >&2
    echo "##################################################################" >&2
  fi
fi

# openssl verifies the TMS results offline, as a third party would (handlers' TMS tests).
if ! command -v openssl >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get install -y -q openssl >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q openssl >/dev/null; }
fi

# Chromium runs the OAuth2 login and consent pages as a user's browser does (handlers'
# TestOAuth2InABrowser, internal/browsertest). Installed as openssl is; without it the
# browser tests skip locally, loudly, and fail under CI. OBP_CHROMIUM names another browser.
if [ -z "${OBP_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing Chromium (Debian package chromium) for the browser tests..." >&2
    apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; } ||
      echo "WARNING: apt-get could not install chromium" >&2
  fi
  if ! command -v chromium >/dev/null 2>&1; then
    if [ "${CI:-}" = "true" ]; then
      echo "FATAL: no Chromium (Debian package chromium); CI must run the browser tests" >&2
      exit 1
    fi
    echo "##################################################################" >&2
    echo "## WARNING: no Chromium (Debian package chromium, or OBP_CHROMIUM)." >&2
    echo "## The browser tests of the OAuth2 pages are SKIPPED."             >&2
    echo "##################################################################" >&2
  fi
fi

# Test artifacts (the browser tests' screenshots) go to test-artifacts/, fresh each run.
artifacts=$PWD/test-artifacts
rm -rf "$artifacts" && mkdir -p "$artifacts"

race=-race
if ! command -v gcc >/dev/null 2>&1 && ! command -v cc >/dev/null 2>&1; then
  echo "WARNING: no C compiler, so the race detector is off" >&2
  race=
fi

go vet ./...
rc=0
CGO_ENABLED=1 go test $race -count=1 -timeout 30m -artifacts -outputdir "$artifacts" ./... || rc=$?
# Go 1.26 files every test's artifacts under _artifacts/<random> (testing cannot localise
# the name it builds), so list the screenshots by name, also when a test failed.
find "$artifacts" -name '*.png' -printf 'screenshot: %p\n' | sort
[ "$rc" = 0 ] || exit "$rc"

# The black-box API suites once more with the REST connector: every core banking call of
# every test server crosses HTTP to the example adapter, signed both ways. SQLite only and
# without the race detector: the connector is the subject here, and the same code ran
# above with both (the REST client and adapter run under the race detector in their own
# package's tests, on both engines).
OBP_TEST_CONNECTOR=rest OBP_TEST_ENGINES=sqlite go test -count=1 -timeout 20m ./handlers/

# OBP's own DirectLogin Postman collection, run with newman against a fresh server.
./scripts/newman.sh
