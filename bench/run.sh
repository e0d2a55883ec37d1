#!/usr/bin/env bash
# Load benchmark: a Release build of the app, on SQLite and on PostgreSQL, measured with wrk from the same machine.
# Each page is reported as req/s, p50, p99 and its ratio to the ceiling endpoint measured in the same run.
#   bench/run.sh                 # both providers, 32 connections, 10 s per endpoint after a 10 s warm-up
#   CONNECTIONS=16 DURATION=20 WARMUP=30 PROVIDERS=postgres MEMBERS=50000 PROPOSALS=100000 OPINIONS=1000000 WORK_ITEMS=80 INSTRUCTIONS=60 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
CONNECTIONS=${CONNECTIONS:-32}; DURATION=${DURATION:-10}; WARMUP=${WARMUP:-10}; THREADS=${THREADS:-2}
PROVIDERS=${PROVIDERS:-"sqlite postgres"}
MEMBERS=${MEMBERS:-50000}
PORT=5091; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/xieshang-bench.XXXXXX)
chmod 755 "$WORK" # the postgres user must reach its data directory inside
OUT="$WORK/app"
mkdir -p artifacts
REPORT=artifacts/bench.md

for pkg in wrk postgresql curl; do dpkg -s "$pkg" >/dev/null 2>&1 || { apt-get update -qq; apt-get install -y -qq "$pkg" >/dev/null; }; done

echo "[bench] publishing a Release build"
dotnet publish src/Xieshang -c Release -o "$OUT" -v q -nologo >/dev/null
dotnet build bench/CheckInBurst -c Release -o "$WORK/burst" -v q -nologo >/dev/null

APP_PID=""; PGDATA=""
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$PGDATA" ] && (cd / && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1) || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_postgres() {
  PGDATA="$WORK/pg"; mkdir -p "$PGDATA"; chown postgres:postgres "$PGDATA"
  (cd / && runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-instructions >/dev/null)
  # Durable settings as in production; only the socket and port are private.
  (cd / && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/log" -w start \
     -o "-c listen_addresses=127.0.0.1 -c port=55499 -c unix_socket_directories=$PGDATA" >/dev/null)
}

start_app() { # provider connection-string
  (cd "$OUT" && exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$BASE" Database__Provider="$1" \
     ConnectionStrings__Default="$2" Database__MigrateOnStart=true Demo__Enabled=true Jobs__Enabled=false \
     Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Warning \
     dotnet Xieshang.dll) > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/alive" >/dev/null && return 0; sleep 0.5; done
  echo "app did not start"; cat "$WORK/app-$1.log"; exit 1
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

login_cookie() { # user — prints "xs.auth=…"
  local jar="$WORK/jar" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" --data "_handler=login" \
    --data-urlencode "Input.UserName=${1:-staff}" --data-urlencode "Input.Password=Demo@2023" "$BASE/account/login"
  awk '$6 == "xs.auth" { print "xs.auth=" $7 }' "$jar"
}

# wrk output → "req/s p50 p99 non2xx" (latencies in ms)
measure() { # url cookie duration
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$3"s --latency)
  [ -n "$2" ] && args+=(-H "Cookie: $2")
  wrk "${args[@]}" "$BASE$1" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 } $1=="50%" { p50=ms($2) } $1=="99%" { p99=ms($2) } /Non-2xx/ { bad=$5 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad+0 }'
}

{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$(nproc) cores; wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s per endpoint after ${WARMUP}s warm-up; Release build, app and wrk on one machine."
  echo
  echo "| provider | endpoint | req/s | p50 ms | p99 ms | ratio to ceiling | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
} > "$REPORT"

for provider in $PROVIDERS; do
  if [ "$provider" = postgres ]; then
    [ -n "$PGDATA" ] || start_postgres
    psql -h 127.0.0.1 -p 55499 -U postgres -q -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
    start_app Postgres "Host=127.0.0.1;Port=55499;Database=bench;Username=postgres"
  else
    start_app Sqlite "Data Source=$WORK/bench.db"
  fi
  cookie=$(login_cookie staff)
  [ -n "$cookie" ] || { echo "login failed"; exit 1; }
  declare -A cookie_for=()
  declare -A label=([/bench/ceiling]="ceiling (20 rows, HTML)" [/account/login]="login page" [/]="staff home page")
  urls=(/bench/ceiling /account/login /)
  if [ "$provider" = postgres ]; then
    # The organization scenario: MEMBERS memberships (a generator adds them beside the demo roster), then the member
    # directory filtered by one sector (page 2 of its list) and one member's profile.
    sql() { psql -h 127.0.0.1 -p 55499 -U postgres -d bench -qtAX "$@"; }
    sql -v total="$MEMBERS" -f bench/generate-members.sql >/dev/null
    sector=$(sql -c "SELECT s.\"Id\" FROM organization_sector s JOIN platform_committee c ON c.\"Id\" = s.\"CommitteeId\" WHERE c.\"Name\" = '淮阴区政协' ORDER BY s.\"SortOrder\" LIMIT 1")
    member=$(sql -c "SELECT \"Id\" FROM organization_membership WHERE \"MemberNo\" = 'BX012345'")
    total=$(sql -c "SELECT count(*) FROM organization_membership")
    label["/organization/members?sector=$sector&page=2"]="member directory, one sector of $total memberships"
    label["/organization/members/$member"]="member profile ($total memberships)"
    urls+=("/organization/members?sector=$sector&page=2" "/organization/members/$member")
    # Meetings: a member's own list on the phone, and the check-in burst (BURST members at BURST_CONNECTIONS at once).
    cookie_for[/me/activities]=$(login_cookie member01)
    label[/me/activities]="my activities (member, phone page)"
    urls+=(/me/activities)
    activity=$(sql -v count="${BURST:-1000}" -f bench/generate-checkin.sql | tail -1)
    echo "[bench] check-in burst: signing in ${BURST:-1000} members first (not timed)"
    read -r wall bp50 bp99 ok refused errors present repeat < <(dotnet "$WORK/burst/CheckInBurst.dll" "$BASE" "$activity" "${BURST:-1000}" "${BURST_CONNECTIONS:-200}")
    dupes=$(sql -c "SELECT count(*) - count(DISTINCT \"MembershipId\") FROM meetings_participation WHERE \"ActivityId\" = '$activity'")
    burst_line="| $provider | check-in burst: ${BURST:-1000} members, ${BURST_CONNECTIONS:-200} connections | wall ${wall} ms | $bp50 | $bp99 | ok $ok, refused $refused, errors $errors; present $present (lost $(( ${BURST:-1000} - present ))); duplicates $dupes; repeat refused $repeat/${BURST_CONNECTIONS:-200} | |"
    # 码上议 at the scale of Huai'an city (ROOMS rooms, ISSUES issues): a room's public page and an issue's tracking page,
    # both without an account; then sustained submissions, counted against the rows that arrived.
    read -r room tracking < <(sql -v rooms="${ROOMS:-1700}" -v issues="${ISSUES:-200000}" -f bench/generate-grassroots.sql | tail -1)
    label["/m/$room"]="码上议 room page (public, ${ROOMS:-1700} rooms, ${ISSUES:-200000} issues)"
    label["/m/t/$tracking"]="码上议 tracking page (public)"
    cookie_for["/m/$room"]="none=1"; cookie_for["/m/t/$tracking"]="none=1"
    urls+=("/m/$room" "/m/t/$tracking")
    # Proposals at province scale (PROPOSALS proposals): the office's list filtered by year and state (page 2), and a
    # handling unit's queue (unit01 is the clerk of 区民政局, which holds its share of the assignments).
    proposals=$(sql -v proposals="${PROPOSALS:-100000}" -f bench/generate-proposals.sql | tail -1)
    label["/proposals?year=2024&state=HANDLING&page=2"]="proposal list, one year and state ($proposals proposals)"
    label[/unit/proposals]="a handling unit's queue ($proposals proposals)"
    cookie_for[/unit/proposals]=$(login_cookie unit01)
    urls+=("/proposals?year=2024&state=HANDLING&page=2" /unit/proposals)
    # 社情民意 at national scale (OPINIONS items across the four levels): the office's list filtered by year and state
    # (page 2), and the year's figures counted up the chain.
    opinions=$(sql -v items="${OPINIONS:-1000000}" -f bench/generate-opinions.sql | tail -1)
    label["/opinions?year=2024&state=PUBLISHED&page=2"]="opinion list, one year and state ($opinions items)"
    label["/opinions/statistics?year=2024"]="opinion statistics, one year ($opinions items)"
    urls+=("/opinions?year=2024&state=PUBLISHED&page=2" "/opinions/statistics?year=2024")
    # The plans at city scale (10 district committees, 5 years): the district's work list of a year and its
    # instruction ledger (with the instructions of the 社情民意 scenario above among them).
    read -r tasks instructions < <(sql -v items="${WORK_ITEMS:-80}" -v instructions="${INSTRUCTIONS:-60}" -f bench/generate-plans.sql | tail -1)
    label["/plans/worklist?year=2024"]="work list, one year (10 districts × 5 years: $tasks tasks)"
    label["/instructions?year=2024"]="instruction ledger, one year ($instructions instructions)"
    urls+=("/plans/worklist?year=2024" "/instructions?year=2024")
  fi
  for url in "${urls[@]}"; do
    c="${cookie_for[$url]:-$cookie}"; [ "$url" = /account/login ] && c=""
    measure "$url" "$c" "$WARMUP" >/dev/null
  done
  ceiling=""
  for url in "${urls[@]}"; do
    c="${cookie_for[$url]:-$cookie}"; [ "$url" = /account/login ] && c=""
    read -r rps p50 p99 bad < <(measure "$url" "$c" "$DURATION")
    [ -z "$ceiling" ] && ceiling=$rps
    ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.2f", a/b }')
    echo "| $provider | ${label[$url]} \`$url\` | $rps | $p50 | $p99 | $ratio | $bad |" | tee -a "$REPORT"
  done
  [ -n "${burst_line:-}" ] && echo "$burst_line" | tee -a "$REPORT" && burst_line=""
  if [ -n "${room:-}" ]; then
    before=$(sql -c "SELECT count(*) FROM grassroots_issue")
    out=$(SUBMIT_PATH="/api/v1/public/rooms/$room/issues" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION"s --latency -s bench/submit.lua "$BASE")
    after=$(sql -c "SELECT count(*) FROM grassroots_issue")
    read -r rps p50 p99 bad < <(echo "$out" | awk '
      function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
      /Requests\/sec/ { rps=$2 } $1=="50%" { p50=ms($2) } $1=="99%" { p99=ms($2) } /Non-2xx/ { bad=$5 }
      END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad+0 }')
    sent=$(echo "$out" | awk '/requests in/ { print $1 }')
    ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.2f", a/b }')
    # Requests still in flight when wrk stops may be stored without being counted as answered: lost is never negative.
    answered=$((sent - bad)); stored=$((after - before)); lost=$(( answered > stored ? answered - stored : 0 ))
    echo "| $provider | 码上议 submissions (public API, one room, a new address each) | $rps | $p50 | $p99 | $ratio | $bad non-2xx; answered $answered, stored $stored, lost $lost |" | tee -a "$REPORT"
    room=""
  fi
  stop_app
done
echo
cat "$REPORT"
