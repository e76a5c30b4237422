# Shared by the test and bench scripts: start and stop a throwaway PostgreSQL.
# PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

pg_available() { [ -x "$PGBIN/initdb" ] && [ -x "$PGBIN/pg_ctl" ]; }

as_pg() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  # Below the kernel's ephemeral range, so that no outgoing connection can take the port
  # between this probe and the bind (the probe only sees listeners).
  local port low=32768 span
  read -r low _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
  span=$(( low - 20000 )); [ "$span" -ge 1000 ] || span=10000
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % span ))
    if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  echo "no free port found" >&2; return 1
}

# pg_start [extra postgres -c settings...]: sets PG_DIR, PG_PORT and PG_URL.
pg_start() {
  PG_DIR=$(mktemp -d /tmp/obp-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" = "0" ] && chown postgres "$PG_DIR"
  PG_PORT=$(free_port)
  as_pg "$PGBIN/initdb" -D "$PG_DIR/data" -U obp --auth=trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  local opts="-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 $*"
  as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -o "$opts" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U obp obp_test
  PG_URL="postgres://obp@127.0.0.1:$PG_PORT/obp_test?sslmode=disable"
  echo "PostgreSQL started on 127.0.0.1:$PG_PORT ($PG_DIR)" >&2
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}
