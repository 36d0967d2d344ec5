#!/usr/bin/env bash
# Acceptance check: 8 concurrent `bin/retort upgrade` processes against one PostgreSQL, one MariaDB and
# one SQLite database apply a 50-revision history exactly once, and all exit 0.
#
# For each database: writes 50 revision scripts into a temporary project, starts 8
# `bin/retort -C DIR --url URL upgrade` at once, waits for all, then checks that every exit code is 0,
# that retort_version has 50 rows, and that retort_audit has exactly 50 rows with action = 'upgrade'
# and outcome = 'ok' (and none failed). Prints one summary line per database; exits 1 on any failure.
#
# Usage: bench/concurrent-upgrade.sh [postgres] [mariadb] [sqlite]   (default: all three)
# Settings: PROCESSES (8), REVISIONS (50), BENCH_PG_HOST/PORT/USER, BENCH_MARIADB_HOST/PORT/USER,
# KEEP=1 to keep the temporary project and the bench_concurrent schemas for inspection.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
retort="$root/bin/retort"
processes="${PROCESSES:-8}"
revisions="${REVISIONS:-50}"
pg_host="${BENCH_PG_HOST:-127.0.0.1}"; pg_port="${BENCH_PG_PORT:-5432}"; pg_user="${BENCH_PG_USER:-postgres}"
my_host="${BENCH_MARIADB_HOST:-127.0.0.1}"; my_port="${BENCH_MARIADB_PORT:-3306}"; my_user="${BENCH_MARIADB_USER:-root}"
schema=bench_concurrent
databases=("$@")
[ ${#databases[@]} -gt 0 ] || databases=(postgres mariadb sqlite)

work="$(mktemp -d "${TMPDIR:-/tmp}/retort-concurrent.XXXXXX")"
failed=0

pg() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d test -qtAX -v ON_ERROR_STOP=1 -c "$1"; }
my() { mariadb -h "$my_host" -P "$my_port" -u "$my_user" -N -B -e "$1"; }
lite() { sqlite3 "$work/$schema.db" "$1"; }
# A query's single value, or "error: <first line of the message>".
scalar() { # query-function, sql
  local output
  if output=$("$1" "$2" 2>&1); then echo "$output"; else echo "error: $(echo "$output" | grep -m1 -i error)"; fi
}

cleanup() {
  if [ "${KEEP:-0}" = 1 ] || [ "$failed" -ne 0 ]; then
    echo "kept $work (project and process logs)" >&2
  else
    rm -rf "$work"
  fi
  if [ "${KEEP:-0}" != 1 ]; then
    for database in "${databases[@]}"; do
      case "$database" in
        postgres) pg "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true ;;
        mariadb) my "DROP DATABASE IF EXISTS $schema" >/dev/null 2>&1 || true ;;
      esac
    done
  fi
}
trap cleanup EXIT

# One linear history: a table every third revision, then a column added to it, then an index on that
# column. Portable SQL, except DROP INDEX in the downgrades, which MariaDB writes with ON table.
write_project() { # directory, database
  local directory=$1 database=$2 parent="" table="" id kind upgrade downgrade
  mkdir -p "$directory/migrations"
  for i in $(seq 1 "$revisions"); do
    id=$(printf 'c0c0a%07x' "$i")
    kind=$(( (i - 1) % 3 ))
    if [ "$kind" -eq 0 ]; then
      table=$(printf 'conc_t%03d' "$i")
      upgrade="CREATE TABLE $table (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    code VARCHAR(32),
    amount DECIMAL(12,2),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);"
      downgrade="DROP TABLE $table;"
    elif [ "$kind" -eq 1 ]; then
      upgrade="ALTER TABLE $table ADD COLUMN note_$i VARCHAR(200);"
      downgrade="ALTER TABLE $table DROP COLUMN note_$i;"
    else
      upgrade="CREATE INDEX ix_conc_$i ON $table (note_$(( i - 1 )));"
      if [ "$database" = mariadb ]; then downgrade="DROP INDEX ix_conc_$i ON $table;"; else downgrade="DROP INDEX ix_conc_$i;"; fi
    fi
    printf -- '-- retort:revision %s\n-- retort:parents %s\n-- retort:message step %d\n-- retort:created 2026-01-01T%02d:%02d:00Z\n\n-- retort:upgrade\n%s\n\n-- retort:downgrade\n%s\n' \
      "$id" "$parent" "$i" $(( i / 60 )) $(( i % 60 )) "$upgrade" "$downgrade" \
      > "$directory/migrations/$(printf '202601010%03d' "$i")_${id}_step_$i.sql"
    parent=$id
  done
}

tables_expected=$(( (revisions + 2) / 3 ))

check_database() { # database
  local database=$1 url user_args=() query prefix="" count_version count_ok count_failed count_tables
  case "$database" in
    postgres)
      pg "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1; pg "CREATE SCHEMA $schema" >/dev/null
      url="jdbc:postgresql://$pg_host:$pg_port/test?currentSchema=$schema"; user_args=(--user "$pg_user"); query=pg
      prefix="$schema."
      tables_sql="SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$schema' AND table_name LIKE 'conc\\_%'" ;;
    mariadb)
      my "DROP DATABASE IF EXISTS $schema; CREATE DATABASE $schema"
      url="jdbc:mariadb://$my_host:$my_port/$schema"; user_args=(--user "$my_user"); query=my
      prefix="$schema."
      tables_sql="SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$schema' AND table_name LIKE 'conc\\_%'" ;;
    sqlite)
      rm -f "$work/$schema.db"*
      url="jdbc:sqlite:$work/$schema.db"; query=lite
      tables_sql="SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'conc\\_%' ESCAPE '\\'" ;;
    *) echo "unknown database '$database'; use postgres, mariadb or sqlite" >&2; return 1 ;;
  esac
  local project="$work/project-$database" logs="$work/logs-$database"
  write_project "$project" "$database"
  mkdir -p "$logs"

  local pids=() start end
  start=$(date +%s%N)
  for n in $(seq 1 "$processes"); do
    "$retort" -C "$project" --url "$url" "${user_args[@]}" upgrade >"$logs/$n.out" 2>"$logs/$n.err" &
    pids+=($!)
  done
  local exits=() zero=0
  for pid in "${pids[@]}"; do
    if wait "$pid"; then exits+=(0); zero=$((zero + 1)); else exits+=($?); fi
  done
  end=$(date +%s%N)

  count_version=$(scalar "$query" "SELECT COUNT(*) FROM ${prefix}retort_version")
  count_ok=$(scalar "$query" "SELECT COUNT(*) FROM ${prefix}retort_audit WHERE action = 'upgrade' AND outcome = 'ok'")
  count_failed=$(scalar "$query" "SELECT COUNT(*) FROM ${prefix}retort_audit WHERE outcome <> 'ok'")
  count_tables=$(scalar "$query" "$tables_sql")
  local applied nothing
  applied=$(grep -l "upgraded $revisions revision" "$logs"/*.out 2>/dev/null | wc -l)
  nothing=$(grep -l "nothing to upgrade" "$logs"/*.out 2>/dev/null | wc -l)

  local verdict=PASS problems=()
  [ "$zero" -eq "$processes" ] || problems+=("exit codes ${exits[*]}")
  [ "$count_version" = "$revisions" ] || problems+=("retort_version has '$count_version' rows, expected $revisions")
  [ "$count_ok" = "$revisions" ] || problems+=("retort_audit has '$count_ok' upgrade/ok rows, expected $revisions")
  [ "$count_failed" = 0 ] || problems+=("retort_audit has '$count_failed' rows that are not ok")
  [ "$count_tables" = "$tables_expected" ] || problems+=("'$count_tables' conc_* tables, expected $tables_expected")
  if [ ${#problems[@]} -gt 0 ]; then
    verdict=FAIL
    failed=1
  fi
  printf '%-8s %s: %d/%d processes exit 0; retort_version %s rows; retort_audit %s upgrade/ok rows, %s not ok; %s tables; %d process(es) applied %d, %d found nothing to do; %.1f s\n' \
    "$database" "$verdict" "$zero" "$processes" "$count_version" "$count_ok" "$count_failed" "$count_tables" \
    "$applied" "$revisions" "$nothing" "$(echo "($end - $start) / 1000000000" | bc -l)"
  if [ "$verdict" = FAIL ]; then
    for problem in "${problems[@]}"; do echo "    - $problem"; done
    for n in $(seq 1 "$processes"); do
      if [ -s "$logs/$n.err" ]; then echo "    process $n stderr: $(head -c 600 "$logs/$n.err")"; fi
    done
  fi
}

for tool in psql mariadb sqlite3 java bc; do
  command -v "$tool" >/dev/null || { echo "needs $tool on PATH" >&2; failed=1; exit 1; }
done

# One run first, alone: bin/retort builds its jar when missing and makes its class-data archive on its
# first run; neither should happen eight times at once.
mkdir -p "$work/warm-up/migrations"
"$retort" -C "$work/warm-up" --url "jdbc:sqlite:$work/warm-up/warm.db" -q heads >/dev/null

echo "$processes concurrent 'bin/retort upgrade' per database, $revisions revisions" >&2
for database in "${databases[@]}"; do
  check_database "$database" || failed=1
done
exit "$failed"
