#!/usr/bin/env bash
# make bench: a load benchmark of the server on PostgreSQL, with pgbench measured in the
# same run, against the same PostgreSQL, with the same number of clients, as the baseline.
# Loopback only; each case runs BENCH_DURATION (default 20s).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg.sh

clients=${BENCH_CLIENTS:-8}
duration=${BENCH_DURATION:-20}
if ! pg_available; then echo "make bench needs PostgreSQL binaries in $PGBIN" >&2; exit 1; fi
pgbench=$(command -v pgbench || echo "$PGBIN/pgbench")

pg_start -c shared_buffers=256MB
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; pg_stop; }
trap cleanup EXIT

echo "== baseline: pgbench, $clients clients, ${duration}s each, same PostgreSQL"
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U obp pgbench_db
"$pgbench" -h 127.0.0.1 -p "$PG_PORT" -U obp -i -s 10 -q pgbench_db >/dev/null 2>&1
tpcb=$("$pgbench" -h 127.0.0.1 -p "$PG_PORT" -U obp -c "$clients" -j 2 -T "$duration" pgbench_db 2>/dev/null | awk '/^tps = /{print $3; exit}')
sel=$("$pgbench" -h 127.0.0.1 -p "$PG_PORT" -U obp -S -c "$clients" -j 2 -T "$duration" pgbench_db 2>/dev/null | awk '/^tps = /{print $3; exit}')
echo "pgbench TPC-B-like tps=$tpcb"
echo "pgbench select-only tps=$sel"

echo "== obp on PostgreSQL: auth, guards, validation and durable commits on"
mkdir -p .tmp
go build -o .tmp/obp ./cmd/obp
go build -o .tmp/obpbench ./cmd/obpbench
port=$(free_port)
pass=Bench-Admin-Password-1
key=benchconsumerkey0123456789abcdefghijklmn
OBP_ADDR=127.0.0.1:$port DATABASE_URL="$PG_URL" OBP_SANDBOX=true OBP_LOG_LEVEL=warn \
  OBP_ADMIN_USERNAME=bench OBP_ADMIN_PASSWORD=$pass OBP_SANDBOX_CONSUMER_KEY=$key \
  OBP_DB_MAX_OPEN_CONNS=$((clients * 2)) ./.tmp/obp serve >.tmp/bench-server.log 2>&1 &
server=$!
for _ in $(seq 1 200); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done

out=$(./.tmp/obpbench -url "http://127.0.0.1:$port" -user bench -password "$pass" -consumer-key "$key" \
  -clients "$clients" -duration "${duration}s")
echo "$out" | grep -v '^RESULT'
read_rps=$(echo "$out" | sed -n 's/.*account_read_rps=\([0-9.]*\).*/\1/p')
pay_rps=$(echo "$out" | sed -n 's/.*payment_rps=\([0-9.]*\).*/\1/p')

echo "== ratios (same run, same PostgreSQL, $clients clients)"
awk -v p="$pay_rps" -v t="$tpcb" 'BEGIN { printf "payments/s / pgbench TPC-B tps = %.3f\n", p / t }'
awk -v r="$read_rps" -v s="$sel" 'BEGIN { printf "account reads/s / pgbench select-only tps = %.3f\n", r / s }'
