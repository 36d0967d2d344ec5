package dev.retort.script;

import dev.retort.revision.Revision;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.StatementSplitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One parsed revision script: its identity and edges, and the SQL of its two sections.
 * Statements are split on demand because splitting depends on the dialect. Immutable.
 *
 * @param revision      identity, parents, labels, message
 * @param location      where it was read from, for messages (a file path or {@code classpath:…})
 * @param path          the file, or null when read from a jar
 * @param upgradeSql    the upgrade section's text
 * @param upgradeLine   the file line on which the upgrade section's text starts
 * @param downgradeSql  the downgrade section's text, or null when the script has no downgrade section
 * @param downgradeLine the file line on which the downgrade section's text starts (0 without one)
 * @param transactional false when the header says {@code -- retort:transactional false}
 * @param checksum      SHA-256 of the normalised upgrade section, see {@link Checksums}
 */
public record RevisionScript(
        Revision revision,
        String location,
        Path path,
        String upgradeSql,
        int upgradeLine,
        String downgradeSql,
        int downgradeLine,
        boolean transactional,
        String checksum) {

    public RevisionScript {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(upgradeSql, "upgradeSql");
        Objects.requireNonNull(checksum, "checksum");
    }

    public String id() {
        return revision.id();
    }

    /** True when the script says how to undo itself. */
    public boolean reversible() {
        return downgradeSql != null;
    }

    /** The upgrade statements, with line numbers of the file. */
    public List<SqlStatement> upgradeStatements(SplitterOptions options) {
        return split(upgradeSql, upgradeLine, options);
    }

    /** The downgrade statements, with line numbers of the file; empty when there is no downgrade section. */
    public List<SqlStatement> downgradeStatements(SplitterOptions options) {
        return downgradeSql == null ? List.of() : split(downgradeSql, downgradeLine, options);
    }

    private List<SqlStatement> split(String sql, int firstLine, SplitterOptions options) {
        // The section is split behind as many empty lines as precede it in the file, so that the splitter's
        // own messages (an unclosed quote "starting on line N") and the statements count lines of the file.
        String asInFile = "\n".repeat(Math.max(0, firstLine - 1)) + sql;
        try {
            return new StatementSplitter(options).split(asInFile);
        } catch (dev.retort.RetortException e) {
            throw new dev.retort.RetortException(e.kind(), location + ": " + e.getMessage(), e);
        }
    }
}
