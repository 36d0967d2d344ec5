package dev.retort.diff;

/** Dialect hooks for comparing schemas (type synonyms, default normalisation). Placeholder until the diff work. */
public interface ComparisonRules {
}
