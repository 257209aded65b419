#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: owned by a normal user (one is created when run as
# root, since PostgreSQL refuses to run as root), listening on 127.0.0.1 only, with its socket
# and data in a temporary folder.
#
#   eval "$(bash scripts/test_postgres.sh start)"   # exports SYNERGY_TEST_POSTGRES_URL and _DIR
#   .venv/bin/python -m pytest -m postgres
#   bash scripts/test_postgres.sh stop              # stops it and removes the folder
#
# Needs Debian's `postgresql` package (or initdb and pg_ctl on PATH). The superuser password is
# random and lives only in the exported URL; the cluster trades durability for speed (fsync off).
set -euo pipefail

port="${SYNERGY_TEST_POSTGRES_PORT:-54329}"
os_user="synergy-pg"

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$candidate/initdb" ]; then bindir="$candidate"; break; fi
done
if [ -z "$bindir" ]; then
  bindir="$(dirname "$(command -v initdb || echo /nonexistent/initdb)")"
fi

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u "$os_user" -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    if [ ! -x "$bindir/initdb" ]; then
      echo "test_postgres.sh: initdb not found; install PostgreSQL (apt-get install postgresql)" >&2
      exit 1
    fi
    if [ "$(id -u)" = "0" ] && ! id "$os_user" >/dev/null 2>&1; then
      useradd --system --user-group --no-create-home --shell /usr/sbin/nologin "$os_user"
    fi
    dir="$(mktemp -d /tmp/synergy-pg.XXXXXX)"
    chmod 700 "$dir"
    if [ "$(id -u)" = "0" ]; then chown "$os_user:" "$dir"; fi
    password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    as_owner sh -c "umask 077 && printf '%s\n' '$password' > '$dir/pw'"
    as_owner "$bindir/initdb" -D "$dir/data" -U synergy --pwfile="$dir/pw" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$dir/pw"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null
    echo "export SYNERGY_TEST_POSTGRES_DIR='$dir'"
    echo "export SYNERGY_TEST_POSTGRES_URL='postgresql+psycopg://synergy:$password@127.0.0.1:$port/postgres'"
    ;;
  stop)
    dir="${SYNERGY_TEST_POSTGRES_DIR:?set by start}"
    if [ -d "$dir/data" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: test_postgres.sh start|stop" >&2
    exit 2
    ;;
esac
