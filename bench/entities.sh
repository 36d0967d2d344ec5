#!/usr/bin/env bash
# Scenario h: autogenerate with nothing changed from the largest real entity set (testdata/entities/shopizer,
# 81 entities) on PostgreSQL, Retort (in-process and bin/retort) against Liquibase's Hibernate extension
# (liquibase-hibernate6 diff), in one run. Writes bench/results/latest-entities.md. See bench/README.md.
# Builds this checkout's retort-core, retort-hibernate and command line (mvn package, nothing installed).
# Extra arguments go to the harness (e.g. --runs 5, --keep).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${BENCH_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
: "${BENCH_POSTGRES_USER:=postgres}"
read -r -a maven_args <<< "${BENCH_MAVEN_ARGS:-}"

pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 \
  || { echo "PostgreSQL is not answering on 127.0.0.1:5432; start it (bin/test does) and run again" >&2; exit 1; }
echo "== building retort-core, retort-hibernate and the command line (mvn package -DskipTests)" >&2
mvn -q -B -ntp "${maven_args[@]}" -f "$root/pom.xml" package -DskipTests -Dmaven.javadoc.skip=true \
  -pl retort-core,retort-hibernate,retort-cli -am
echo "== building the entities bench" >&2
mvn -q -B -ntp "${maven_args[@]}" -f "$root/bench/entities/pom.xml" package
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$root" diff --quiet HEAD -- retort-core retort-hibernate retort-cli 2>/dev/null || commit="$commit+uncommitted"
lib="$root/bench/entities/target/lib"
echo "== running scenario h" >&2
java -cp "$root/bench/entities/target/entities-bench.jar:$lib/*:$root/retort-core/target/retort-core-0.1.0-SNAPSHOT.jar:$root/retort-hibernate/target/retort-hibernate-0.1.0-SNAPSHOT.jar" \
  dev.retort.bench.entities.EntitiesBench --root "$root" --work "$root/bench/entities/target/work" \
  --postgres-url "$BENCH_POSTGRES_URL" --postgres-user "$BENCH_POSTGRES_USER" --commit "$commit" \
  --out "$root/bench/results/latest-entities.md" "$@"
