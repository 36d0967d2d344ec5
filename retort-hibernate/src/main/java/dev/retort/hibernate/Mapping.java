package dev.retort.hibernate;

import java.util.List;

/**
 * What Hibernate is to map: class names, package names (for package-level annotations) and mapping files.
 * Immutable.
 *
 * @param describe what the mapping is, for messages
 */
record Mapping(List<String> classes, List<String> packages, List<String> mappingFiles, String describe) {
    Mapping {
        classes = List.copyOf(classes);
        packages = List.copyOf(packages);
        mappingFiles = List.copyOf(mappingFiles);
    }

    /**
     * The text a record's own {@code toString} gives (the model cache's key contains it), written out: the
     * generated one bootstraps method handles on its first call, a noticeable part of a cache hit in a fresh JVM.
     */
    @Override
    public String toString() {
        return "Mapping[classes=" + classes + ", packages=" + packages + ", mappingFiles=" + mappingFiles
                + ", describe=" + describe + "]";
    }
}
