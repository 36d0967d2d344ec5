package dev.retort;

/** Which section of a revision script a step runs. */
public enum Direction {
    /** The {@code upgrade} section: towards the newer revision. */
    UP("upgrade"),
    /** The {@code downgrade} section: undoing the revision. */
    DOWN("downgrade");

    private final String verb;

    Direction(String verb) {
        this.verb = verb;
    }

    /** {@return "upgrade" or "downgrade", as in the audit log and messages} */
    public String verb() {
        return verb;
    }

    /**
     * {@return the direction whose {@link #verb()} this is}
     *
     * @param verb {@code upgrade} or {@code downgrade}, in any letter case, surrounding space ignored
     * @throws IllegalArgumentException when the verb is neither
     */
    public static Direction of(String verb) {
        for (Direction direction : values()) {
            if (direction.verb.equalsIgnoreCase(verb.strip())) {
                return direction;
            }
        }
        throw new IllegalArgumentException("not a direction: " + verb);
    }
}
