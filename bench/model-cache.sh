#!/usr/bin/env bash
# Scenario j: `retort diff` as a whole process on an unchanged 1,000-table SQL model (bench/README.md), with the
# model cache (.retort/cache) kept and with it deleted before the run, on PostgreSQL, MariaDB and SQLite;
# beside it, the database's own client loading the same model file (psql, mariadb, sqlite3). Writes
# bench/results/latest-model-cache.md. Builds this checkout's command line (mvn package, nothing installed).
# Arguments: the databases (default: postgres mariadb sqlite). RUNS (default 1) runs of each; TABLES (default
# 1000); BENCH_SKIP_BUILD=1 uses the distribution already built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${RUNS:=1}"
: "${TABLES:=1000}"
databases=("$@")
[ ${#databases[@]} -gt 0 ] || databases=(postgres mariadb sqlite)
work="$root/bench/target/model-cache"
out="$root/bench/results/latest-model-cache.md"
retort="$root/retort-cli/target/retort/bin/retort"
read -r -a maven_args <<< "${BENCH_MAVEN_ARGS:-}"

if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -x "$retort" ]; then
  echo "== building the command line (mvn package -DskipTests)" >&2
  mvn -q -B -ntp "${maven_args[@]}" -f "$root/pom.xml" package -DskipTests -Dmaven.javadoc.skip=true -pl retort-cli -am
fi
rm -rf "$work" && mkdir -p "$work/classes"
javac -d "$work/classes" "$root/bench/src/main/java/dev/retort/bench/WideSchema.java" \
  "$root/bench/src/main/java/dev/retort/bench/WideModelFile.java"
model="$work/schema.sql"
java -cp "$work/classes" dev.retort.bench.WideModelFile "$TABLES" "$model"

# Times a command: "wall cpu" in seconds (cpu: user + sys of the command and its children).
timed() {
  local TIMEFORMAT='%R %U %S'
  local times
  times="$( { time "$@" >"$work/last.out" 2>&1; } 2>&1 )" || { cat "$work/last.out" >&2; return 1; }
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' <<< "$times"
}

rows=()
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for db in "${databases[@]}"; do
  project="$work/$db"
  mkdir -p "$project"
  cp "$model" "$project/schema.sql"
  printf 'model = ["schema.sql"]\n' > "$project/retort.toml"
  case "$db" in
    postgres)
      psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists bench_model_cache" -c "create database bench_model_cache"
      url="jdbc:postgresql://127.0.0.1:5432/bench_model_cache?user=postgres"
      native="psql -f"
      load_native() { psql -h 127.0.0.1 -U postgres -d bench_model_cache -q -v ON_ERROR_STOP=1 -f "$model"; } ;;
    mariadb)
      mariadb -h 127.0.0.1 -u root -e "drop database if exists bench_model_cache; create database bench_model_cache"
      url="jdbc:mariadb://127.0.0.1:3306/bench_model_cache?user=root"
      native="mariadb <"
      load_native() { mariadb -h 127.0.0.1 -u root bench_model_cache < "$model"; } ;;
    sqlite)
      rm -f "$project/live.db"
      url="jdbc:sqlite:$project/live.db"
      native="sqlite3 <"
      load_native() { sqlite3 "$project/live.db" < "$model"; } ;;
    *) echo "unknown database $db (postgres, mariadb, sqlite)" >&2; exit 2 ;;
  esac
  echo "== $db: loading the model with $native" >&2
  read -r native_wall native_cpu <<< "$(timed load_native)"
  for run in $(seq "$RUNS"); do
    echo "== $db: retort diff, cache deleted (run $run)" >&2
    rm -rf "$project/.retort"
    read -r miss_wall miss_cpu <<< "$(timed "$retort" -C "$project" --url "$url" diff)"
    grep -q "no changes" "$work/last.out" || { echo "$db: diff found changes:" >&2; cat "$work/last.out" >&2; exit 1; }
    echo "== $db: retort diff, cache kept (run $run)" >&2
    read -r hit_wall hit_cpu <<< "$(timed "$retort" -C "$project" --url "$url" diff)"
    grep -q "no changes" "$work/last.out" || { echo "$db: diff found changes:" >&2; cat "$work/last.out" >&2; exit 1; }
    rows+=("| $db | $run | $hit_wall | $hit_cpu | $miss_wall | $miss_cpu | $native_wall ($native) | $(cut -d' ' -f1-3 /proc/loadavg) |")
  done
  case "$db" in
    postgres) psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database bench_model_cache" ;;
    mariadb) mariadb -h 127.0.0.1 -u root -e "drop database bench_model_cache" ;;
    sqlite) rm -f "$project/live.db" ;;
  esac
done

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$root" diff --quiet HEAD -- retort-core retort-cli 2>/dev/null || commit="$commit+uncommitted"
{
  echo "# j. \`retort diff\`, unchanged $TABLES-table SQL model, whole process"
  echo
  echo "Written by \`bench/model-cache.sh\` at $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $commit, on $(nproc) cores;"
  echo "load average (1/5/15 min) before: $load_before. Seconds; CPU is user + sys of the process."
  echo "*Cached*: the model cache kept from the run before; *uncached*: \`.retort/cache\` deleted first, so"
  echo "the model is loaded into a scratch database. *Native client*: the database's own client loading the"
  echo "same model file into an empty database (the live database of the runs)."
  echo
  echo "| Database | run | cached wall | cached CPU | uncached wall | uncached CPU | native client wall | load average after |"
  echo "|---|---:|---:|---:|---:|---:|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$out"
echo "== done: $out" >&2
cat "$out"
