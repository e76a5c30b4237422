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
rest_server=
adapter=
cleanup() {
  for p in "$server" "$rest_server" "$adapter"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done
  wait 2>/dev/null; pg_stop
}
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

echo "== obp with the REST connector: every core banking call signed (HMAC) to the example adapter, on its own database"
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; server=
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U obp obp_rest
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U obp adapter_db
base_url=${PG_URL%/*}
go build -o .tmp/obp-adapter-example ./cmd/obp-adapter-example
secret=$(head -c 32 /dev/urandom | base64)
aport=$(free_port)
OBP_REST_HMAC_SECRET=$secret ./.tmp/obp-adapter-example -listen "127.0.0.1:$aport" \
  -database-url "$base_url/adapter_db?sslmode=disable" >.tmp/bench-adapter.log 2>&1 &
adapter=$!
for _ in $(seq 1 200); do (exec 3<>/dev/tcp/127.0.0.1/$aport) 2>/dev/null && break; sleep 0.1; done
rport=$(free_port)
OBP_ADDR=127.0.0.1:$rport DATABASE_URL="$base_url/obp_rest?sslmode=disable" OBP_SANDBOX=true OBP_LOG_LEVEL=warn \
  OBP_ADMIN_USERNAME=bench OBP_ADMIN_PASSWORD=$pass OBP_SANDBOX_CONSUMER_KEY=$key \
  OBP_DB_MAX_OPEN_CONNS=$((clients * 2)) OBP_CONNECTOR=rest_vMar2019 OBP_REST_ADAPTER_URL="http://127.0.0.1:$aport" \
  OBP_REST_SIGNING=hmac OBP_REST_ANSWER_SIGNING=hmac OBP_REST_HMAC_SECRET=$secret \
  ./.tmp/obp serve >.tmp/bench-rest-server.log 2>&1 &
rest_server=$!
for _ in $(seq 1 300); do (exec 3<>/dev/tcp/127.0.0.1/$rport) 2>/dev/null && break; sleep 0.1; done

rout=$(./.tmp/obpbench -url "http://127.0.0.1:$rport" -user bench -password "$pass" -consumer-key "$key" \
  -clients "$clients" -duration "${duration}s")
echo "$rout" | grep -v '^RESULT'
rest_read=$(echo "$rout" | sed -n 's/.*account_read_rps=\([0-9.]*\).*/\1/p')
rest_pay=$(echo "$rout" | sed -n 's/.*payment_rps=\([0-9.]*\).*/\1/p')

echo "== REST connector beside mapped (same run, same PostgreSQL, $clients clients)"
awk -v r="$rest_read" -v m="$read_rps" 'BEGIN { printf "account reads/s REST / mapped = %.3f\n", r / m }'
awk -v r="$rest_pay" -v m="$pay_rps" 'BEGIN { printf "payments/s REST / mapped = %.3f\n", r / m }'
awk -v r="$rest_read" -v s="$sel" 'BEGIN { printf "account reads/s REST / pgbench select-only tps = %.3f\n", r / s }'
awk -v p="$rest_pay" -v t="$tpcb" 'BEGIN { printf "payments/s REST / pgbench TPC-B tps = %.3f\n", p / t }'

echo "== added latency of one adapter call (loopback, signed both ways; Go benchmark, same machine)"
go test -run '^$' -bench 'BenchmarkAdapterCall' -benchtime 3000x ./connectors/rest/ | grep -E 'Benchmark|added'
