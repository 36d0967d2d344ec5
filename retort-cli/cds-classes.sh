#!/usr/bin/env bash
# Regenerates src/main/resources/dev/retort/cli/cds-classes.txt: the classes that no-op `upgrade`,
# `status` and `check` runs of the built jar load on PostgreSQL, MariaDB, H2 and SQLite. bin/retort's
# class-data training run (CdsTraining) loads them all, so its archive serves every database.
# Run after changing drivers or the paths a command takes; needs the local PostgreSQL and MariaDB
# (as bin/test does): retort-cli/cds-classes.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/retort-cli/target/retort.jar"
[ -f "$jar" ] || mvn -q -B -ntp -f "$root/pom.xml" -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"; psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS retort_cds CASCADE" >/dev/null 2>&1 || true; mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS retort_cds" >/dev/null 2>&1 || true' EXIT
psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA IF NOT EXISTS retort_cds" >/dev/null
mariadb -h 127.0.0.1 -u root -e "CREATE DATABASE IF NOT EXISTS retort_cds"
mkdir -p "$work/migrations"
cat > "$work/migrations/0001_create_account.sql" <<'SQL'
-- retort:revision 0a0000000001
-- retort:message create account

-- retort:upgrade
CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMP);
CREATE INDEX ix_account_name ON account (name);

-- retort:downgrade
DROP TABLE account;
SQL
cat > "$work/migrations/0002_add_email.sql" <<'SQL'
-- retort:revision 0a0000000002
-- retort:parents 0a0000000001
-- retort:message add email

-- retort:upgrade
ALTER TABLE account ADD COLUMN email VARCHAR(255);

-- retort:downgrade
ALTER TABLE account DROP COLUMN email;
SQL
urls=("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=retort_cds --user postgres"
      "jdbc:mariadb://127.0.0.1:3306/retort_cds --user root"
      "jdbc:h2:file:$work/h2"
      "jdbc:sqlite:$work/sqlite.db")
n=0
for url in "${urls[@]}"; do
  for command in upgrade upgrade status check; do
    n=$((n + 1))
    # shellcheck disable=SC2086 # the url entry carries --user
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:off -Xlog:class+load=info:file="$work/$n.log" \
      -jar "$jar" -q -C "$work" --url $url $command >/dev/null
  done
done
out="$root/retort-cli/src/main/resources/dev/retort/cli/cds-classes.txt"
mkdir -p "$(dirname "$out")"
{
  echo "# Classes for bin/retort's class-data training run; made by retort-cli/cds-classes.sh, do not edit."
  cat "$work"/*.log | awk '{print $2}' | grep -v -e 'Lambda' -e '/0x' -e '\$\$' -e '^jdk\.proxy' -e '\$Proxy' | sort -u
} > "$out"
echo "wrote $(($(wc -l < "$out") - 1)) class names to $out"
