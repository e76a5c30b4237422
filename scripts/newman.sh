#!/usr/bin/env bash
# Runs OBP's own DirectLogin Postman collection (a client we do not control) with newman
# against a fresh server: the obp binary on a temporary SQLite file with the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg.sh   # for free_port

collection=${OBP_POSTMAN_COLLECTION:-../shared/obp-postman/obp-directlogin.postman_collection.json}
if [ ! -f "$collection" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "FATAL: Postman collection not found at $collection" >&2; exit 1
  fi
  echo "WARNING: Postman collection not found at $collection: newman run SKIPPED" >&2; exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then echo "FATAL: npm is needed to install newman" >&2; exit 1; fi
  echo "WARNING: no npm: newman run SKIPPED" >&2; exit 0
fi

mkdir -p .tmp/newman
if [ ! -x .tmp/newman/node_modules/.bin/newman ]; then
  npm install --prefix .tmp/newman --no-audit --no-fund --loglevel=error newman@6 >/dev/null
fi
go build -o .tmp/obp ./cmd/obp

work=$(mktemp -d /tmp/obp-newman.XXXXXX)
user=postman
pass=Postman-Sandbox-Password-1
key=postmanconsumerkey0123456789abcdefghijk
server=
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT

# A port is free when probed, yet another process may bind it first: start again on
# another port when the server could not listen (at most five times).
ready=
for _ in 1 2 3 4 5; do
  port=$(free_port)
  rm -f "$work"/obp.db*
  OBP_ADDR=127.0.0.1:$port DATABASE_URL=$work/obp.db OBP_SANDBOX=true OBP_LOG_FORMAT=text OBP_LOG_LEVEL=warn \
    OBP_ADMIN_USERNAME=$user OBP_ADMIN_PASSWORD=$pass OBP_SANDBOX_CONSUMER_KEY=$key \
    ./.tmp/obp serve >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do
    # Answering is not enough: another process may hold the port, and ours then exits.
    if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
      sleep 0.3; kill -0 $server 2>/dev/null && ready=1; break
    fi
    kill -0 $server 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$ready" ] && break
  wait $server 2>/dev/null || true
  grep -q 'address already in use' "$work/server.log" || { echo "--- server log ---"; cat "$work/server.log"; exit 1; }
done
[ -n "$ready" ] || { echo "the server did not start; --- server log ---"; cat "$work/server.log"; exit 1; }

.tmp/newman/node_modules/.bin/newman run "$collection" \
  --env-var baseUrl=http://127.0.0.1:$port --env-var apiVersion=v5.1.0 \
  --env-var username=$user --env-var password=$pass --env-var consumer_key=$key \
  --reporters cli --color off || { echo "--- server log ---"; cat "$work/server.log"; exit 1; }
