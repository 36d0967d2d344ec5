package dev.retort.dialect.mysql;

import dev.retort.diff.ComparisonRules;

/** Mysql comparison rules. Placeholder until the diff work. */
final class MysqlComparisonRules implements ComparisonRules {
}
