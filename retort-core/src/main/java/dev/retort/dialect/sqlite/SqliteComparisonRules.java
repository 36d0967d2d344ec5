package dev.retort.dialect.sqlite;

import dev.retort.diff.ComparisonRules;

/** Sqlite comparison rules. Placeholder until the diff work. */
final class SqliteComparisonRules implements ComparisonRules {
}
