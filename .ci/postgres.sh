# Throwaway PostgreSQL cluster for tests. Source this file, then call `pg_start`; it exports
# BRAID_TEST_POSTGRES_URL and removes the cluster when the calling shell exits.
# Installs Debian's postgresql package when no server binaries are present.

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    echo "$dir"
    return 0
  fi
  return 1
}

pg_install() {
  echo "ci: installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
  local bin
  bin=$(pg_bin_dir) || { pg_install && bin=$(pg_bin_dir); } || { echo "ci: no PostgreSQL server binaries" >&2; return 1; }
  PG_TMP=$(mktemp -d /tmp/braid-pg.XXXXXX)
  PG_PORT=$(pg_free_port)
  local as_user=()
  # initdb and postgres refuse to run as root; run them as the postgres system user then.
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_TMP"
    as_user=(runuser -u postgres --)
  fi
  "${as_user[@]}" "$bin/initdb" -D "$PG_TMP/data" -U braid --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 ||
    { cat "$PG_TMP/initdb.log" >&2; return 1; }
  "${as_user[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
    { cat "$PG_TMP/server.log" >&2; return 1; }
  PG_CTL_CMD=("${as_user[@]}" "$bin/pg_ctl" -D "$PG_TMP/data")
  export BRAID_TEST_POSTGRES_URL="postgres://braid@127.0.0.1:$PG_PORT/postgres"
  trap pg_stop EXIT
  echo "ci: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

pg_stop() {
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP" ]; then
    "${PG_CTL_CMD[@]}" stop -m fast >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
  fi
}
