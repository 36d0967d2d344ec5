package dev.retort.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the acceptance's results and writes {@code target/entities-report.md}: the table of
 * sets × databases, and every dump difference with its reason (or "UNEXPLAINED"). Both acceptance
 * classes add to it; it is rewritten after each.
 */
final class AcceptanceReport {

    private static final Path FILE = Path.of("target", "entities-report.md");
    private static final Map<String, List<String>> SECTIONS = new TreeMap<>();
    private static final Map<String, List<String>> HEADERS = new TreeMap<>();

    private AcceptanceReport() {
    }

    static synchronized void add(String section, String line) {
        SECTIONS.computeIfAbsent(section, s -> new ArrayList<>(HEADERS.getOrDefault(s, List.of()))).add(line);
    }

    /** The lines a section starts with (a table's header), given before its first line. */
    static synchronized void header(String section, String... lines) {
        HEADERS.put(section, List.of(lines));
    }

    static synchronized void write(String title) {
        StringBuilder text = new StringBuilder("# Entity models: acceptance report\n\n")
                .append("Written by `retort-entities-it` (").append(title).append("); Hibernate ")
                .append(org.hibernate.Version.getVersionString()).append(".\n");
        SECTIONS.forEach((section, lines) -> {
            text.append("\n## ").append(section.replaceFirst("^\\d+ ", "")).append("\n\n");
            lines.forEach(line -> text.append(line).append('\n'));
        });
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a comparison against the known differences: adds each difference to the report under the
     * section with its reason, and returns the unexplained ones.
     */
    static List<String> explain(String section, String what, Target.Kind kind, DumpComparison comparison) {
        List<String> unexplained = new ArrayList<>();
        for (String line : comparison.describe()) {
            KnownDifference rule = KnownDifference.explain(kind, line);
            add(section, "| " + what + " | `" + line.replace("|", "\\|") + "` | "
                    + (rule == null ? "**UNEXPLAINED**" : rule.reason()) + " |");
            if (rule == null) {
                unexplained.add(line);
            }
        }
        return unexplained;
    }
}
