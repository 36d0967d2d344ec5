package dev.retort.bench.boot;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes {@link BootHistory} in each tool's format: Retort's revision scripts (header, upgrade and downgrade
 * sections), Flyway's {@code V<n>__<slug>.sql}, one Liquibase formatted-SQL changelog with a changeset and its
 * rollback per revision. Stateless.
 */
final class HistoryFiles {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HistoryFiles() {
    }

    /** The first {@code count} revisions as Retort scripts in {@code project/migrations}. */
    static void retort(Path project, int count) {
        String parent = "";
        for (BootHistory.Change change : BootHistory.CHANGES.subList(0, count)) {
            String id = String.format(Locale.ROOT, "b00700%06d", change.number());
            Instant created = START.plusSeconds(3600L * change.number());
            String text = "-- retort:revision " + id + "\n-- retort:parents " + parent + "\n-- retort:message " + change.slug()
                    + "\n-- retort:created " + created + "\n\n-- retort:upgrade\n" + change.upgrade() + ";\n\n-- retort:downgrade\n"
                    + change.downgrade() + ";\n";
            BootBench.writeFile(project.resolve("migrations").resolve(FILE_TIME.format(created) + "_" + id + "_"
                    + BootHistory.slug(change.slug()) + ".sql"), text);
            parent = id;
        }
    }

    static void flyway(Path directory) {
        for (BootHistory.Change change : BootHistory.CHANGES) {
            BootBench.writeFile(directory.resolve("V" + change.number() + "__" + BootHistory.slug(change.slug()) + ".sql"),
                    change.upgrade() + ";\n");
        }
    }

    static void liquibase(Path directory) {
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
        for (BootHistory.Change change : BootHistory.CHANGES) {
            text.append("\n--changeset bench:").append(change.number()).append('\n')
                    .append("--comment: ").append(change.slug()).append('\n')
                    .append(change.upgrade()).append(";\n")
                    .append("--rollback ").append(change.downgrade()).append(";\n");
        }
        BootBench.writeFile(directory.resolve("changelog.sql"), text);
    }
}
