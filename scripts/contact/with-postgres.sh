#!/usr/bin/env bash
# with-postgres.sh COMMAND... — runs COMMAND against a throwaway PostgreSQL cluster on 127.0.0.1,
# with CONTACT_TEST_DB=postgres and CONTACT_TEST_PG_URL set, and stops and removes the cluster
# afterwards (also on failure). Installs Debian's postgresql with apt-get when it is missing.
# PostgreSQL refuses to run as root, so as root the cluster runs as the unprivileged `postgres`
# user the Debian package creates (through runuser). Never downloads anything but Debian packages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../tests/support/apt-install.sh"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  apt_install with-postgres postgresql
fi
bin="$(pg_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: apt-get finished but no /usr/lib/postgresql/*/bin/initdb" >&2
  exit 1
fi

as_db_user=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root and there is no 'postgres' user to run the cluster as" >&2
    exit 1
  fi
  as_db_user=(runuser -u postgres --)
fi

dir="$(mktemp -d /tmp/contact-pg.XXXXXX)"
[ ${#as_db_user[@]} -gt 0 ] && chown postgres "$dir"
port="${CONTACT_PG_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"

stop() {
  "${as_db_user[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_db_user[@]}" "$bin/initdb" -D "$dir/data" -U contact --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync and synchronous_commit stay at their durable defaults: the bench measures with them on.
"${as_db_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=200" start >/dev/null
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"

export CONTACT_TEST_DB=postgres
export CONTACT_TEST_PG_URL="postgres://contact@127.0.0.1:$port/postgres"
export CONTACT_PG_DATA="$dir/data"
export CONTACT_PG_LOG="$dir/postgres.log"
set +e
"$@"
status=$?
set -e
exit $status
