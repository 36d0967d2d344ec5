package dev.retort;

/**
 * What {@link Retort#baseline} wrote and recorded. Immutable.
 *
 * @param script  the base revision as written (already recorded as applied on the database)
 * @param changes what its upgrade creates and its downgrade drops, and what the database has that Retort could
 *                not reproduce ({@link Changes#skipped()}), each named with its reason
 */
public record BaselineResult(ScriptInfo script, Changes changes) {
}
