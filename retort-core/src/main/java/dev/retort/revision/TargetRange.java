package dev.retort.revision;

import java.util.Objects;

/**
 * A range of revisions {@code FROM:TO}, as {@code history -r} takes it. An empty FROM means
 * {@code base}, an empty TO means {@code heads}. Both ends are inclusive: the range holds the
 * revisions that descend from FROM (or all, for base) and lead to TO. Immutable and thread-safe.
 *
 * @param from the older end
 * @param to   the newer end
 */
record TargetRange(Target from, Target to) {

    public TargetRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Parses {@code FROM:TO}.
     *
     * @throws dev.retort.RetortException of kind {@code USAGE} when the text is no range
     */
    public static TargetRange parse(String text) {
        String range = text == null ? "" : text.strip();
        int colon = range.indexOf(':');
        if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
            throw TargetParser.usage("'" + range + "' is not a range: write FROM:TO with one ':',"
                    + " e.g. `base:head`, `a1b2:` (from a1b2 to the heads) or `:a1b2` (from base to a1b2)");
        }
        Target from = TargetParser.parseRangeSide(range.substring(0, colon), range);
        Target to = TargetParser.parseRangeSide(range.substring(colon + 1), range);
        return new TargetRange(from == null ? new Target.Base() : from, to == null ? new Target.Heads() : to);
    }

    /** The range as the user writes it. */
    public String text() {
        return from.text() + ":" + to.text();
    }
}
