package dev.retort.dialect.postgres;

import dev.retort.diff.ComparisonRules;

/** Postgres comparison rules. Placeholder until the diff work. */
final class PostgresComparisonRules implements ComparisonRules {
}
