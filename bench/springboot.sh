#!/usr/bin/env bash
# Scenario i: a Spring Boot 4.0 application's start-up at head with Retort's starter, against Flyway's and
# Liquibase's, in one run, on PostgreSQL. Writes bench/results/latest-springboot.md. See bench/README.md.
# Builds this checkout's retort-core and retort-spring-boot-autoconfigure (mvn package, nothing installed).
# Extra arguments go to the harness (e.g. --runs 20, --keep true; --setup-only true prepares the databases and writes
# each variant's command to target/work/commands.txt, for profiling). BENCH_SKIP_BUILD=1 skips the root build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${BENCH_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
: "${BENCH_POSTGRES_USER:=postgres}"
read -r -a maven_args <<< "${BENCH_MAVEN_ARGS:-}"

pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 \
  || { echo "PostgreSQL is not answering on 127.0.0.1:5432; start it (bin/test does) and run again" >&2; exit 1; }
echo "== building retort-core and retort-spring-boot-autoconfigure (mvn package -DskipTests)" >&2
${BENCH_SKIP_BUILD:+:} mvn -q -B -ntp "${maven_args[@]}" -f "$root/pom.xml" package -DskipTests -Dmaven.javadoc.skip=true \
  -pl retort-core,retort-spring-boot-autoconfigure -am
echo "== building the Spring Boot bench" >&2
mvn -q -B -ntp "${maven_args[@]}" -f "$root/bench/springboot/pom.xml" package
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
git -C "$root" diff --quiet HEAD -- retort-core retort-spring-boot-autoconfigure 2>/dev/null || commit="$commit+uncommitted"
sb="$root/bench/springboot"
# Retort's starter brings exactly these two jars (retort-core depends on nothing)
retort_jars="$root/retort-core/target/retort-core-0.1.0-SNAPSHOT.jar:$root/retort-spring-boot-autoconfigure/target/retort-spring-boot-autoconfigure-0.1.0-SNAPSHOT.jar"
echo "== running scenario i" >&2
java -cp "$sb/harness/target/retort-bench-springboot-harness-0.1.0-SNAPSHOT.jar:$sb/harness/target/lib/*:$root/retort-core/target/retort-core-0.1.0-SNAPSHOT.jar" \
  dev.retort.bench.boot.BootBench --work "$sb/target/work" --out "$root/bench/results/latest-springboot.md" \
  --postgres-url "$BENCH_POSTGRES_URL" --postgres-user "$BENCH_POSTGRES_USER" --commit "$commit" \
  --variant "baseline=$sb/baseline/target/lib/*" \
  --variant "retort=$sb/baseline/target/lib/*:$retort_jars" \
  --variant "retort-no-snapshot=$sb/baseline/target/lib/*:$retort_jars" \
  --variant "flyway=$sb/flyway/target/lib/*" \
  --variant "liquibase=$sb/liquibase/target/lib/*" "$@"
