package dev.retort.entities;

import java.util.List;

/**
 * One edit of an entity set's sources, as a developer would make it: text replaced in existing
 * files (each {@code from} must occur exactly once) and new files. Immutable.
 *
 * @param name     short name, used in the report and the revision message
 * @param replaces replacements in existing sources
 * @param adds     new sources
 */
record Edit(String name, List<Replace> replaces, List<Add> adds) {

    Edit {
        replaces = List.copyOf(replaces);
        adds = List.copyOf(adds);
    }

    /** Text {@code from} in {@code path} becomes {@code to}. */
    record Replace(String path, String from, String to) {
    }

    /** A new source file. */
    record Add(String path, String text) {
    }

    /** True when the edit declares a rename with {@code @RenamedFrom}. */
    boolean usesRenamedFrom() {
        return replaces.stream().anyMatch(replace -> replace.to().contains(Evolutions.RENAMED_FROM))
                || adds.stream().anyMatch(add -> add.text().contains(Evolutions.RENAMED_FROM));
    }

    static Edit replace(String name, String path, String from, String to) {
        return new Edit(name, List.of(new Replace(path, from, to)), List.of());
    }

    static Edit add(String name, String path, String text) {
        return new Edit(name, List.of(), List.of(new Add(path, text)));
    }

    Edit and(String path, String from, String to) {
        List<Replace> more = new java.util.ArrayList<>(replaces);
        more.add(new Replace(path, from, to));
        return new Edit(name, more, adds);
    }

    EntitySources applyTo(EntitySources sources) {
        EntitySources result = sources;
        for (Replace replace : replaces) {
            String text = result.file(replace.path());
            int at = text.indexOf(replace.from());
            if (at < 0 || text.indexOf(replace.from(), at + 1) >= 0) {
                throw new IllegalStateException("edit '" + name + "': " + replace.path() + " must contain exactly once: " + replace.from());
            }
            result = result.with(replace.path(), text.replace(replace.from(), replace.to()));
        }
        for (Add add : adds) {
            if (result.files().containsKey(add.path())) {
                throw new IllegalStateException("edit '" + name + "': " + add.path() + " exists already");
            }
            result = result.with(add.path(), add.text());
        }
        return result;
    }
}
