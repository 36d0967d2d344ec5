package dev.retort.spi;

import java.util.List;
import java.util.Set;

/** For {@link Dialect#dropAllTables}: the drop statements of a schema's tables, except those to keep. Stateless. */
public final class Drops {

    private Drops() {
    }

    /**
     * Adds a drop statement unless the object is one to keep (names compared case-insensitively).
     *
     * @param statements the statements so far
     * @param keep       names of the objects to keep
     * @param name       the object's name
     * @param statement  the statement that drops it
     * @return true when the statement was added
     */
    public static boolean addUnlessKept(List<String> statements, Set<String> keep, String name, String statement) {
        return keep.stream().noneMatch(name::equalsIgnoreCase) && statements.add(statement);
    }
}
