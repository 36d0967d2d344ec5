package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Renders one {@link History} in each tool's own format:
 * <ul>
 *   <li>Retort: {@code migrations/{yyyyMMddHHmm}_{rev}_{slug}.sql} with the revision header and an
 *       upgrade and a downgrade section (DESIGN.md, "Revision scripts");</li>
 *   <li>Flyway: {@code V1__slug.sql} … (versioned migrations; undo scripts are a paid Flyway feature,
 *       so there are none);</li>
 *   <li>Liquibase: one {@code changelog.sql} in formatted SQL, one changeset per revision, each with
 *       its {@code --rollback}.</li>
 * </ul>
 * Stateless.
 */
final class ProjectWriter {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The Liquibase changelog's file name inside its directory. */
    static final String CHANGELOG = "changelog.sql";

    private ProjectWriter() {
    }

    /** Writes the Retort project (its {@code migrations/} directory) into an empty or missing directory. */
    static Path retort(History history, Path directory) {
        Path migrations = fresh(directory.resolve("migrations"));
        List<String> ids = revisionIds(history.changes().size());
        String parent = "";
        for (History.Change change : history.changes()) {
            String id = ids.get(change.number() - 1);
            Instant created = START.plusSeconds(60L * change.number());
            StringBuilder text = new StringBuilder()
                    .append("-- retort:revision ").append(id).append('\n')
                    .append("-- retort:parents ").append(parent).append('\n')
                    .append("-- retort:message ").append(change.slug()).append('\n')
                    .append("-- retort:created ").append(created).append("\n\n")
                    .append("-- retort:upgrade\n");
            change.upgrade().forEach(sql -> text.append(sql).append(";\n"));
            text.append("\n-- retort:downgrade\n");
            reversed(change.downgrade()).forEach(sql -> text.append(sql).append(";\n"));
            write(migrations.resolve(FILE_TIME.format(created) + "_" + id + "_" + slug(change.slug()) + ".sql"), text);
            parent = id;
        }
        return directory;
    }

    /** Writes the Flyway migrations into an empty or missing directory (its {@code filesystem:} location). */
    static Path flyway(History history, Path directory) {
        Path migrations = fresh(directory);
        for (History.Change change : history.changes()) {
            StringBuilder text = new StringBuilder();
            change.upgrade().forEach(sql -> text.append(sql).append(";\n"));
            write(migrations.resolve("V" + change.number() + "__" + slug(change.slug()) + ".sql"), text);
        }
        return directory;
    }

    /** Writes the Liquibase changelog into an empty or missing directory. */
    static Path liquibase(History history, Path directory) {
        Path root = fresh(directory);
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
        for (History.Change change : history.changes()) {
            text.append("\n--changeset bench:").append(change.number()).append('\n')
                    .append("--comment: ").append(change.slug()).append('\n');
            change.upgrade().forEach(sql -> text.append(sql).append(";\n"));
            reversed(change.downgrade()).forEach(sql -> text.append("--rollback ").append(sql).append(";\n"));
        }
        write(root.resolve(CHANGELOG), text);
        return directory;
    }

    /** Twelve-hex-digit ids like Retort's own, from a fixed seed so every run writes the same files. */
    static List<String> revisionIds(int count) {
        Random random = new Random(20261124L);
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        while (ids.size() < count) {
            String id = String.format("%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
            if (seen.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static List<String> reversed(List<String> statements) {
        List<String> copy = new ArrayList<>(statements);
        Collections.reverse(copy);
        return copy;
    }

    private static Path fresh(Path directory) {
        try {
            if (Files.exists(directory)) {
                Files.walk(directory).sorted(Collections.reverseOrder()).forEach(ProjectWriter::delete);
            }
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory, e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    private static void write(Path file, CharSequence text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
