package dev.retort.spi;

import java.util.Objects;

/**
 * The outcome of comparing one attribute or object of two schemas: {@link Equal}, {@link Different}
 * with the reason, or {@link Skip} with the reason the two could not be compared reliably. A skip
 * makes the diff generate nothing for that attribute and report it instead of emitting a change that
 * might be false. Every implementation is an immutable, thread-safe record.
 */
public sealed interface Comparison permits Comparison.Equal, Comparison.Different, Comparison.Skip {

    /** The shared {@link Equal} value. */
    Comparison EQUAL = new Equal();

    /** Equal, or equal after the dialect's normalisation. */
    record Equal() implements Comparison {
    }

    /**
     * A real difference.
     *
     * @param reason what differs, for people
     */
    record Different(String reason) implements Comparison {
        /**
         * Checks that the reason is given.
         *
         * @param reason what differs, for people
         */
        public Different {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Not comparable reliably; nothing is generated.
     *
     * @param reason why, and what the user can do about it
     */
    record Skip(String reason) implements Comparison {
        /**
         * Checks that the reason is given.
         *
         * @param reason why, and what the user can do about it
         */
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * {@return a {@link Different} with this reason}
     *
     * @param reason what differs, for people
     */
    static Comparison different(String reason) {
        return new Different(reason);
    }

    /**
     * {@return a {@link Skip} with this reason}
     *
     * @param reason why the comparison could not be made, for people
     */
    static Comparison skip(String reason) {
        return new Skip(reason);
    }

    /** {@return true for {@link Equal}} */
    default boolean isEqual() {
        return this instanceof Equal;
    }

    /** {@return true for {@link Different}} */
    default boolean isDifferent() {
        return this instanceof Different;
    }

    /**
     * {@return the combined outcome of several comparisons of one object: different if any part differs,
     * otherwise skipped if any part was skipped, otherwise equal}
     *
     * @param parts the outcomes of the parts
     */
    static Comparison all(Comparison... parts) {
        Comparison skip = null;
        for (Comparison part : parts) {
            if (part instanceof Different) {
                return part;
            }
            if (part instanceof Skip && skip == null) {
                skip = part;
            }
        }
        return skip == null ? EQUAL : skip;
    }
}
