#!/usr/bin/env bash
# Runs every test: installs what the tests need if missing (as root, via apt), starts a private PostgreSQL on
# loopback, runs the suite on SQLite and on PostgreSQL, then the browser tests, and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
T0=$(date +%s)
say() { echo "[test.sh] $(( $(date +%s) - T0 ))s: $*"; }

# 1. System packages (no-op when present; about 75 s on a bare machine).
PKGS="postgresql redis-server chromium fonts-noto-cjk"
if ! dpkg -s $PKGS >/dev/null 2>&1; then
  say "installing $PKGS"
  apt-get update -qq
  apt-get install -y -qq $PKGS >/dev/null
fi
say "packages ready"

# 2. A private, throwaway PostgreSQL cluster on 127.0.0.1 (trust auth, no fsync: test data only).
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=$(mktemp -d /tmp/xieshang-pg.XXXXXX)
PGPORT=${XIESHANG_PG_PORT:-55432}
chown postgres:postgres "$PGDATA"
REDISPORT=${XIESHANG_REDIS_PORT:-56379}
stop_services() {
  (cd / && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1) || true
  rm -rf "$PGDATA"
  redis-cli -h 127.0.0.1 -p "$REDISPORT" shutdown nosave >/dev/null 2>&1 || true
}
trap stop_services EXIT
(cd / && runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-instructions >/dev/null)
(cd / && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start \
   -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null)
export PG_CONN="Host=127.0.0.1;Port=$PGPORT;Database=postgres;Username=postgres"
say "postgres $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"

# 3. A private Redis (no persistence) for the multi-node tests.
redis-cli -h 127.0.0.1 -p "$REDISPORT" shutdown nosave >/dev/null 2>&1 || true
redis-server --bind 127.0.0.1 --port "$REDISPORT" --daemonize yes --save '' --appendonly no \
  --pidfile "$PGDATA/redis.pid" --logfile "$PGDATA/redis.log" >/dev/null
for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$REDISPORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
export REDIS_CONN="127.0.0.1:$REDISPORT"
say "redis on $REDIS_CONN"

# 4. Build once.
dotnet tool restore >/dev/null
dotnet restore Xieshang.slnx >/dev/null
dotnet build Xieshang.slnx --no-restore -c Debug -v q -nologo -clp:ErrorsOnly
say "build done"

# 5. Test: the main suite on each provider, then the browser tests.
RES=$(mktemp -d /tmp/xieshang-results.XXXXXX)
mkdir -p artifacts
rc=0
run() { # name, project, extra env...
  local name=$1 project=$2; shift 2
  say "testing: $name"
  env "$@" dotnet test "$project" --no-build -c Debug --logger "trx;LogFileName=$name.trx" --results-directory "$RES" || rc=1
}
run sqlite tests/Xieshang.Tests XIESHANG_TEST_PROVIDER=Sqlite
run postgres tests/Xieshang.Tests XIESHANG_TEST_PROVIDER=Postgres
if [ -d tests/Xieshang.BrowserTests ]; then
  run browser tests/Xieshang.BrowserTests XIESHANG_TEST_PROVIDER=Sqlite XIESHANG_ARTIFACTS="$PWD/artifacts"
fi
say "tests done"

# 6. The closing line, summed over the TRX files.
attr() { grep -o '<Counters [^>]*' "$1" | grep -oE " $2=\"[0-9]+\"" | grep -oE '[0-9]+' || echo 0; }
passed=0; failed=0
for f in "$RES"/*.trx; do
  [ -e "$f" ] || continue
  passed=$((passed + $(attr "$f" passed)))
  failed=$((failed + $(attr "$f" failed) + $(attr "$f" error) + $(attr "$f" timeout)))
done
rm -rf "$RES"
if [ "$passed" -eq 0 ]; then echo "no tests ran"; rc=1; fi
[ "$failed" -gt 0 ] && rc=1
echo "$passed passed, $failed failed"
exit "$rc"
