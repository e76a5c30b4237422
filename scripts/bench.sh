#!/usr/bin/env bash
# make bench: a load benchmark of the server on PostgreSQL, with pgbench measured in the
# same run, against the same PostgreSQL, with the same number of clients, as the baseline.
# Loopback only; each case runs BENCH_DURATION (default 15s), at BENCH_CLIENTS (8) and
# BENCH_MANY_CLIENTS (32) clients. OBP_BENCH_PPROF=127.0.0.1:6060 opens the server's pprof listener.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg.sh

clients=${BENCH_CLIENTS:-8}
many=${BENCH_MANY_CLIENTS:-32}
duration=${BENCH_DURATION:-15}
if ! pg_available; then echo "make bench needs PostgreSQL binaries in $PGBIN" >&2; exit 1; fi
pgbench=$(command -v pgbench || echo "$PGBIN/pgbench")

pg_start -c shared_buffers=256MB -c max_connections=200
server=
rest_server=
adapter=
ceiling=
cleanup() {
  for p in "$server" "$rest_server" "$adapter" "$ceiling"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done
  wait 2>/dev/null; pg_stop
}
trap cleanup EXIT
field() { echo "$1" | sed -n "s/.*$2=\([0-9.]*\).*/\1/p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
# Every measured case starts after a checkpoint, so that none pays for another's dirty
# pages or lands on a timed checkpoint the others missed.
checkpoint() { as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U obp -d postgres -c CHECKPOINT >/dev/null; }
# p99 (ms) of pgbench's per-transaction log files named $1*: the latency is the third field, in µs.
log_p99() { cat "$1"* | awk '{print $3}' | sort -n | awk '{v[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; printf "%.2f", v[i]/1000}'; }
wait_port() { for _ in $(seq 1 300); do (exec 3<>/dev/tcp/127.0.0.1/$1) 2>/dev/null && return 0; sleep 0.1; done; return 1; }

mkdir -p .tmp
go build -o .tmp/obp ./cmd/obp
go build -o .tmp/obpbench ./cmd/obpbench
go build -o .tmp/obpceiling ./cmd/obpceiling

echo "== start to first answer, embedded default (SQLite, fresh file, sandbox seeded)"
rm -rf .tmp/bench-embedded && mkdir -p .tmp/bench-embedded
eport=$(free_port)
t0=$(date +%s.%N)
OBP_ADDR=127.0.0.1:$eport DATABASE_URL=.tmp/bench-embedded/obp.db OBP_SANDBOX=true OBP_LOG_LEVEL=warn ./.tmp/obp serve >.tmp/bench-embedded.log 2>&1 &
server=$!
for _ in $(seq 1 1000); do curl -fsS -o /dev/null "http://127.0.0.1:$eport/obp/v5.1.0/root" 2>/dev/null && break; sleep 0.01; done
t1=$(date +%s.%N)
echo "start to first answer (fresh database, migrations and seed included): $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f s", b-a}')   goal < 1 s"
kill "$server"; wait "$server" 2>/dev/null || true
t0=$(date +%s.%N)
OBP_ADDR=127.0.0.1:$eport DATABASE_URL=.tmp/bench-embedded/obp.db OBP_SANDBOX=true OBP_LOG_LEVEL=warn ./.tmp/obp serve >>.tmp/bench-embedded.log 2>&1 &
server=$!
for _ in $(seq 1 1000); do curl -fsS -o /dev/null "http://127.0.0.1:$eport/obp/v5.1.0/root" 2>/dev/null && break; sleep 0.01; done
t1=$(date +%s.%N)
echo "start to first answer (existing database): $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f s", b-a}')   goal < 1 s"
kill "$server"; wait "$server" 2>/dev/null || true; server=

echo "== baseline: pgbench, ${duration}s each, same PostgreSQL"
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U obp pgbench_db
"$pgbench" -h 127.0.0.1 -p "$PG_PORT" -U obp -i -s 10 -q pgbench_db >/dev/null 2>&1
declare -A tpcb sel tpcb_p99 sel_p99
for c in "$clients" "$many"; do
  rm -f .tmp/pgbench-tpcb-$c.* .tmp/pgbench-sel-$c.*
  checkpoint
  tpcb[$c]=$("$pgbench" -h 127.0.0.1 -p "$PG_PORT" -U obp -c "$c" -j 2 -T "$duration" -l --log-prefix=.tmp/pgbench-tpcb-$c pgbench_db 2>/dev/null | awk '/^tps = /{print $3; exit}')
  checkpoint
  sel[$c]=$("$pgbench" -h 127.0.0.1 -p "$PG_PORT" -U obp -S -c "$c" -j 2 -T "$duration" -l --log-prefix=.tmp/pgbench-sel-$c pgbench_db 2>/dev/null | awk '/^tps = /{print $3; exit}')
  tpcb_p99[$c]=$(log_p99 .tmp/pgbench-tpcb-$c.); sel_p99[$c]=$(log_p99 .tmp/pgbench-sel-$c.)
  rm -f .tmp/pgbench-tpcb-$c.* .tmp/pgbench-sel-$c.*
  echo "pgbench $c clients: TPC-B-like tps=${tpcb[$c]} p99=${tpcb_p99[$c]}ms select-only tps=${sel[$c]} p99=${sel_p99[$c]}ms"
done

echo "== ceiling: bare fiber + pgx, one indexed SELECT per request, no auth (same PostgreSQL)"
cport=$(free_port)
./.tmp/obpceiling -listen "127.0.0.1:$cport" -database-url "${PG_URL%/*}/pgbench_db?sslmode=disable" -max-conns $((many)) >.tmp/bench-ceiling.log 2>&1 &
ceiling=$!
wait_port "$cport"
declare -A ceil
for c in "$clients" "$many"; do
  out=$(./.tmp/obpbench -cases ceiling -ceiling-url "http://127.0.0.1:$cport" -clients "$c" -duration "${duration}s")
  echo "$out" | grep -v '^RESULT'
  ceil[$c]=$(field "$out" ceiling_read_rps)
done
kill "$ceiling"; wait "$ceiling" 2>/dev/null || true; ceiling=

echo "== obp on PostgreSQL: auth, guards, validation and durable commits on"
port=$(free_port)
pass=Bench-Admin-Password-1
key=benchconsumerkey0123456789abcdefghijklmn
OBP_ADDR=127.0.0.1:$port DATABASE_URL="$PG_URL" OBP_SANDBOX=true OBP_LOG_LEVEL=warn \
  OBP_ADMIN_USERNAME=bench OBP_ADMIN_PASSWORD=$pass OBP_SANDBOX_CONSUMER_KEY=$key \
  OBP_DB_MAX_OPEN_CONNS=$((many + 8)) ${OBP_BENCH_PPROF:+OBP_PPROF_ADDR=$OBP_BENCH_PPROF} ./.tmp/obp serve >.tmp/bench-server.log 2>&1 &
server=$!
wait_port "$port"
declare -A read_rps read_p99 pay_rps pay_p99
for c in "$clients" "$many"; do
  for case in read pay; do
    checkpoint
    out=$(./.tmp/obpbench -url "http://127.0.0.1:$port" -user bench -password "$pass" -consumer-key "$key" \
      -cases "$case" -clients "$c" -duration "${duration}s")
    echo "$out" | grep -v '^RESULT'
    if [ "$case" = read ]; then
      read_rps[$c]=$(field "$out" account_read_rps); read_p99[$c]=$(field "$out" account_read_p99_ms)
    else
      pay_rps[$c]=$(field "$out" payment_rps); pay_p99[$c]=$(field "$out" payment_p99_ms)
    fi
  done
done
echo "== hot account: $many clients paying from one account to $many others"
checkpoint
hout=$(./.tmp/obpbench -url "http://127.0.0.1:$port" -user bench -password "$pass" -consumer-key "$key" \
  -cases hot -clients "$many" -duration "${duration}s")
echo "$hout" | grep -v '^RESULT'
peak_rss=$(awk '/^VmHWM/{printf "%.1f", $2/1024}' "/proc/$server/status")

echo "== figures and goals (same run, same PostgreSQL)"
for c in "$clients" "$many"; do
  echo "$c clients:"
  echo "  payments/s ${pay_rps[$c]} / pgbench TPC-B ${tpcb[$c]} = $(ratio "${pay_rps[$c]}" "${tpcb[$c]}")   goal >= 0.5   p99 ${pay_p99[$c]} ms"
  echo "  account reads/s ${read_rps[$c]} / pgbench select-only ${sel[$c]} = $(ratio "${read_rps[$c]}" "${sel[$c]}")   goal >= 0.3   p99 ${read_p99[$c]} ms"
  echo "  account reads/s / ceiling ${ceil[$c]} = $(ratio "${read_rps[$c]}" "${ceil[$c]}");  ceiling / pgbench select-only = $(ratio "${ceil[$c]}" "${sel[$c]}")"
done
echo "  p99 goal at $many clients: < 20 ms for both (above); pgbench's own p99 at $many clients: TPC-B ${tpcb_p99[$many]} ms, select-only ${sel_p99[$many]} ms"
echo "  hot account: $(field "$hout" hot_payment_rps) payments/s, p99 $(field "$hout" hot_payment_p99_ms) ms (refusals listed above; goal: none but funds)"
echo "  server peak RSS (VmHWM): ${peak_rss} MB   goal < 100 MB"
m_read=${read_rps[$clients]} m_pay=${pay_rps[$clients]} m_sel=${sel[$clients]} m_tpcb=${tpcb[$clients]}

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
  -cases read,pay -clients "$clients" -duration "${duration}s")
echo "$rout" | grep -v '^RESULT'
rest_read=$(echo "$rout" | sed -n 's/.*account_read_rps=\([0-9.]*\).*/\1/p')
rest_pay=$(echo "$rout" | sed -n 's/.*payment_rps=\([0-9.]*\).*/\1/p')

echo "== REST connector beside mapped (same run, same PostgreSQL, $clients clients)"
awk -v r="$rest_read" -v m="$m_read" 'BEGIN { printf "account reads/s REST / mapped = %.3f\n", r / m }'
awk -v r="$rest_pay" -v m="$m_pay" 'BEGIN { printf "payments/s REST / mapped = %.3f\n", r / m }'
awk -v r="$rest_read" -v s="$m_sel" 'BEGIN { printf "account reads/s REST / pgbench select-only tps = %.3f\n", r / s }'
awk -v p="$rest_pay" -v t="$m_tpcb" 'BEGIN { printf "payments/s REST / pgbench TPC-B tps = %.3f\n", p / t }'

echo "== added latency of one adapter call (loopback, signed both ways; Go benchmark, same machine)"
go test -run '^$' -bench 'BenchmarkAdapterCall' -benchtime 3000x ./connectors/rest/ | grep -E 'Benchmark|added'
