package dev.retort.dialect.h2;

import dev.retort.diff.ComparisonRules;

/** H2 comparison rules. Placeholder until the diff work. */
final class H2ComparisonRules implements ComparisonRules {
}
