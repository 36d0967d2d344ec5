#!/usr/bin/env bash
# Runs the whole benchmark: installs retort-core, builds the bench, runs scenarios a to g on
# PostgreSQL, MariaDB and SQLite (g on PostgreSQL only), and writes bench/results/latest.md (and
# latest.csv, every sample; scenario g writes latest-startup.md).
# Extra arguments go to the harness, e.g. `bench/run.sh --databases sqlite --scenarios a,b,f`
# (`java -jar bench/target/bench.jar --help` lists them). About 10–15 minutes on 2 cores, a third of
# it Liquibase snapshotting the 1000-table schema of scenarios d and e.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
cd "$root"

: "${BENCH_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
: "${BENCH_POSTGRES_USER:=postgres}"
: "${BENCH_MARIADB_URL:=jdbc:mariadb://127.0.0.1:3306/test}"
: "${BENCH_MARIADB_USER:=root}"
# Scenario g also runs Retort (and Flyway and Liquibase) on a JDK with AOT caches (24 or later), when there is one.
if [ -z "${BENCH_AOT_JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*24*; do
    if [ -x "$candidate/bin/java" ]; then BENCH_AOT_JAVA_HOME="$candidate"; break; fi
  done
fi
export BENCH_AOT_JAVA_HOME="${BENCH_AOT_JAVA_HOME:-}"
# Extra Maven arguments for both builds, e.g. BENCH_MAVEN_ARGS=-Dmaven.repo.local=/some/private/repo
read -r -a maven_args <<< "${BENCH_MAVEN_ARGS:-}"

echo "== checking the databases" >&2
pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 \
  || { echo "PostgreSQL is not answering on 127.0.0.1:5432; start it (bin/test does) and run again" >&2; exit 1; }
mariadb -h 127.0.0.1 -P 3306 -u root -e 'select 1' >/dev/null 2>&1 \
  || { echo "MariaDB is not answering on 127.0.0.1:3306; start it (bin/test does) and run again" >&2; exit 1; }

# The local Maven repository may be shared with other checkouts that install their own
# retort-core 0.1.0-SNAPSHOT at any moment; if one lands between the two builds and the bench no longer
# compiles against it, install and build again.
for attempt in 1 2 3; do
  echo "== installing retort-core and building retort-cli's distribution (mvn install -DskipTests)" >&2
  mvn -q -B -ntp "${maven_args[@]}" -f "$root/pom.xml" install -DskipTests -Dmaven.javadoc.skip=true
  echo "== building the bench" >&2
  if mvn -q -B -ntp "${maven_args[@]}" -f "$bench/pom.xml" package; then
    break
  fi
  if [ "$attempt" = 3 ]; then
    echo "the bench did not build three times over; see the compiler's messages above" >&2
    exit 1
  fi
  echo "== the bench did not build (did another checkout install its retort-core meanwhile?); again" >&2
done

# Measure this checkout's Retort, whatever the shared repository holds now: its jar and its own
# runtime dependencies go into the bench's lib/ over what Maven copied there.
cp "$root/retort-core/target/retort-core-0.1.0-SNAPSHOT.jar" "$bench/target/lib/"
mvn -q -B -ntp "${maven_args[@]}" -f "$root/retort-core/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
  -DoutputDirectory="$bench/target/lib"

echo "== running the scenarios" >&2
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if ! git -C "$root" diff --quiet HEAD -- retort-core retort-cli bin 2>/dev/null; then
  commit="$commit+uncommitted"
fi
# lib/* rather than -jar: the copied jars above may include one the manifest does not list yet.
# Progress goes to the terminal (stderr); what the tools print themselves (Liquibase reports every
# changeset on standard output) goes to a log file, so a slow terminal costs no tool anything.
mkdir -p "$bench/target/work"
java -cp "$bench/target/bench.jar:$bench/target/lib/*" dev.retort.bench.Bench \
  --root "$root" --work "$bench/target/work" --out "$bench/results/latest.md" --commit "$commit" \
  --postgres-url "$BENCH_POSTGRES_URL" --postgres-user "$BENCH_POSTGRES_USER" \
  --mariadb-url "$BENCH_MARIADB_URL" --mariadb-user "$BENCH_MARIADB_USER" "$@" \
  > "$bench/target/work/tool-output.log"
echo "== done: $bench/results/latest.md (tool output: bench/target/work/tool-output.log)" >&2
