package dev.retort.runtime;

/** Which section of a revision script a step runs. */
public enum Direction {
    UP("upgrade"), DOWN("downgrade");

    private final String verb;

    Direction(String verb) {
        this.verb = verb;
    }

    /** "upgrade" or "downgrade", as in the audit log and messages. */
    public String verb() {
        return verb;
    }
}
