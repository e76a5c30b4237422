#!/usr/bin/env bash
# make scale: two `obp serve` processes on one throwaway PostgreSQL behind haproxy (B through
# PgBouncer in transaction mode, A straight to PostgreSQL), and the
# scale-out test (internal/scaletest) driven through each process's own port and through
# haproxy: tokens, grants and revocations, payment challenges and rate limits cross
# processes; one process is killed with SIGKILL in the middle of a payment load and every
# payment still happens exactly once; the killed process is restarted and serves. Then GET
# account is measured through haproxy with one and with two processes (obpbench).
# Loopback only; bounded (SCALE_CLIENTS clients, SCALE_PAYMENTS payments, SCALE_DURATION
# seconds per measurement); everything started here is stopped on exit.
# SCALE_PGBOUNCER_EXEC_MODE=cache_statement (pgx's default) shows what breaks behind the
# pooler without default_query_exec_mode=exec: prepared statements that do not exist.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg.sh

clients=${SCALE_CLIENTS:-8}
payments=${SCALE_PAYMENTS:-320}
duration=${SCALE_DURATION:-10}
if ! pg_available; then echo "make scale needs PostgreSQL binaries in $PGBIN" >&2; exit 1; fi

# haproxy and PgBouncer from Debian's packages when missing, as make test installs openssl.
export PATH=$PATH:/usr/sbin
for pkg in haproxy pgbouncer; do
  if ! command -v "$pkg" >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      apt-get install -y -q "$pkg" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$pkg" >/dev/null; } || true
    fi
    if ! command -v "$pkg" >/dev/null 2>&1; then
      echo "make scale needs $pkg (apt-get install $pkg)" >&2
      exit 1
    fi
  fi
done

work=$(mktemp -d /tmp/obp-scale.XXXXXX)
a_pid= b_pid= lb_pid= pgb_pid=
cleanup() {
  for p in "$a_pid" "$b_pid" "$lb_pid" "$pgb_pid"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
pg_start -c max_connections=200

# PgBouncer in transaction mode in front of the same database: B goes through it (below).
pgb_port=$(free_port)
chmod 755 "$work"
echo '"obp" ""' >"$work/userlist.txt"
printf '%s\n' "[databases]" "obp_test = host=127.0.0.1 port=$PG_PORT dbname=obp_test user=obp" \
  "[pgbouncer]" "listen_addr = 127.0.0.1" "listen_port = $pgb_port" "unix_socket_dir =" "auth_type = trust" \
  "auth_file = $work/userlist.txt" "pool_mode = transaction" "max_client_conn = 200" "default_pool_size = 16" \
  >"$work/pgbouncer.ini"
chmod 644 "$work/pgbouncer.ini" "$work/userlist.txt"
pgb_user=()
[ "$(id -u)" = 0 ] && pgb_user=(-u postgres) # PgBouncer refuses to run as root
pgbouncer "${pgb_user[@]}" "$work/pgbouncer.ini" >"$work/pgbouncer.log" 2>&1 &
pgb_pid=$!
for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/"$pgb_port") 2>/dev/null && break; sleep 0.1; done
ready() { for _ in $(seq 1 300); do curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

go build -o "$work/obp" ./cmd/obp
go build -o "$work/obpbench" ./cmd/obpbench
# SCALE_RACE=1 builds the test program with the race detector (needs a C compiler).
if [ "${SCALE_RACE:-}" = 1 ]; then
  CGO_ENABLED=1 go test -race -c -o "$work/scaletest" ./internal/scaletest
else
  go test -c -o "$work/scaletest" ./internal/scaletest
fi

pass=Scale-Admin-Password-1
key=scaleconsumerkey0123456789abcdefghijklmn
a_port=$(free_port)
b_port=$(free_port)
lb_port=$(free_port)
while [ "$b_port" = "$a_port" ]; do b_port=$(free_port); done
while [ "$lb_port" = "$a_port" ] || [ "$lb_port" = "$b_port" ]; do lb_port=$(free_port); done

# One environment for both processes, and no OBP_HOSTNAME: they agree on their identity
# through the database. Short idempotency lease and reconciler period so that the kill
# test settles within seconds. DUMMY SCA (sandbox only) answers payment challenges.
export DATABASE_URL="$PG_URL" OBP_LOG_LEVEL=warn OBP_ADMIN_USERNAME=scale OBP_ADMIN_PASSWORD=$pass \
  OBP_SANDBOX_CONSUMER_KEY=$key OBP_SCA_METHOD=DUMMY OBP_CHALLENGE_THRESHOLD=1000 \
  OBP_IDEMPOTENCY_LEASE=3s OBP_RECONCILE_AFTER=6s OBP_RECONCILE_EVERY=1s OBP_DB_MAX_OPEN_CONNS=20 \
  OBP_SHUTDOWN_GRACE=2s
unset OBP_HOSTNAME
start_a() { OBP_ADDR=127.0.0.1:$a_port OBP_SANDBOX=true "$work/obp" serve >>"$work/a.log" 2>&1 & a_pid=$!; }
# B reaches PostgreSQL through PgBouncer in transaction mode, as a deployment past one
# database server would (README, "Growing past one database server"): no named prepared
# statements (default_query_exec_mode=exec), and LISTEN and the migration lock direct.
pooled_url="postgres://obp@127.0.0.1:$pgb_port/obp_test?sslmode=disable&default_query_exec_mode=${SCALE_PGBOUNCER_EXEC_MODE:-exec}"
start_b() {
  DATABASE_URL=$pooled_url OBP_DIRECT_DATABASE_URL=$PG_URL OBP_ADDR=127.0.0.1:$b_port OBP_SANDBOX=true \
    "$work/obp" serve >>"$work/b.log" 2>&1 &
  b_pid=$!
}
start_a
ready "$a_port" || { cat "$work/a.log" >&2; exit 1; }
start_b
ready "$b_port" || { cat "$work/b.log" >&2; exit 1; }
echo "obp A on 127.0.0.1:$a_port (pid $a_pid), straight to PostgreSQL; obp B on 127.0.0.1:$b_port (pid $b_pid), through PgBouncer in transaction mode (127.0.0.1:$pgb_port)"

cat >"$work/haproxy.cfg" <<EOF
global
  maxconn 512
defaults
  mode http
  option http-keep-alive
  timeout connect 1s
  timeout client 10s
  timeout server 5s
  timeout http-request 5s
  timeout queue 2s
  retries 2
  option redispatch
frontend obp
  bind 127.0.0.1:$lb_port
  default_backend obp
backend obp
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 300ms fastinter 200ms downinter 500ms fall 2 rise 2
  server a 127.0.0.1:$a_port check
  server b 127.0.0.1:$b_port check
EOF
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
lb_pid=$!
ready "$lb_port" || { cat "$work/haproxy.log" >&2; exit 1; }
echo "haproxy on 127.0.0.1:$lb_port (roundrobin, health checks on /health/ready)"

export OBP_SCALE_A="http://127.0.0.1:$a_port" OBP_SCALE_B="http://127.0.0.1:$b_port" OBP_SCALE_LB="http://127.0.0.1:$lb_port" \
  OBP_SCALE_DATABASE_URL="$PG_URL" OBP_SCALE_B_PID="$b_pid" OBP_SCALE_USER=scale OBP_SCALE_PASSWORD=$pass \
  OBP_SCALE_CONSUMER_KEY=$key OBP_SCALE_CLIENTS=$clients OBP_SCALE_PAYMENTS=$payments \
  OBP_SCALE_RECONCILE_AFTER=6s OBP_SCALE_RECONCILE_EVERY=1s
status=0
"$work/scaletest" -test.count=1 -test.v -test.timeout 5m -test.run 'TestAcrossProcesses|TestKillOneProcessDuringPayments' || status=$?
# B was killed by the test (SIGKILL); reap it.
wait "$b_pid" 2>/dev/null || true
b_pid=
if [ "$status" != 0 ]; then
  echo "--- A's log"; tail -n 40 "$work/a.log"; echo "--- B's log"; tail -n 40 "$work/b.log"
  exit "$status"
fi

echo "the reconciler settled $(cat "$work"/a.log "$work"/b.log | grep -c 'reconciled an interrupted transaction request' || true) interrupted transaction requests (servers' logs)"

field() { echo "$1" | sed -n "s/.*$2=\([0-9.]*\).*/\1/p"; }
bench() { "$work/obpbench" -url "$OBP_SCALE_LB" -user scale -password "$pass" -consumer-key "$key" -cases read -clients "$clients" -duration "${duration}s"; }
echo "== GET account through haproxy, one process (B is down), $clients clients, ${duration}s"
one=$(bench); echo "$one" | grep -v '^RESULT'

echo "== restart B"
start_b
ready "$b_port" || { cat "$work/b.log" >&2; exit 1; }
sleep 1 # haproxy marks B up after two good checks (rise 2, inter 300ms)
export OBP_SCALE_B_PID="$b_pid"
"$work/scaletest" -test.count=1 -test.v -test.timeout 2m -test.run 'TestRestartedProcessServes'

echo "== GET account through haproxy, two processes, $clients clients, ${duration}s"
two=$(bench); echo "$two" | grep -v '^RESULT'

r1=$(field "$one" account_read_rps) r2=$(field "$two" account_read_rps)
echo "== figures (same run, same PostgreSQL; $(nproc) cores shared by PostgreSQL, PgBouncer, both servers, haproxy and the load generator;"
echo "   one process: A, straight to PostgreSQL; two: A, and B through PgBouncer)"
echo "GET account through haproxy: one process ${r1}/s p99 $(field "$one" account_read_p99_ms) ms; two processes ${r2}/s p99 $(field "$two" account_read_p99_ms) ms"
awk -v a="$r2" -v b="$r1" 'BEGIN { if (b > 0) printf "two processes / one process = %.2f\n", a / b }'
