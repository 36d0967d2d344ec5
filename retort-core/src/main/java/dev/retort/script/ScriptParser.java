package dev.retort.script;

import dev.retort.RetortException;
import dev.retort.revision.Revision;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Parses the SQL form of a revision script:
 *
 * <pre>
 * -- retort:revision 3f2a9c1b7d4e
 * -- retort:parents 1a2b3c4d5e6f
 * -- retort:message add user email
 * -- retort:created 2026-11-24T10:10:00Z
 *
 * -- retort:upgrade
 * ALTER TABLE app_user ADD COLUMN email VARCHAR(255);
 *
 * -- retort:downgrade
 * ALTER TABLE app_user DROP COLUMN email;
 * </pre>
 *
 * Header keys: {@code revision} (required), {@code parents}, {@code message}, {@code created},
 * {@code branch-labels}, {@code depends-on}, {@code transactional}. Lists are separated by spaces or commas.
 * Stateless and thread-safe.
 */
public final class ScriptParser {

    private static final String MARK = "-- retort:";

    private ScriptParser() {
    }

    /** True when the text looks like a revision script (has a revision header line). */
    public static boolean isRevisionScript(String text) {
        return text.contains(MARK + "revision");
    }

    /** Parses one script; errors name the location and line and say how to fix it. */
    public static RevisionScript parse(String text, String location, Path path) {
        Header header = new Header(location);
        String[] lines = Lines.of(text).toArray(String[]::new);
        int upgradeStart = -1;
        int downgradeStart = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith(MARK)) {
                continue;
            }
            String rest = line.substring(MARK.length());
            int space = indexOfSpace(rest);
            String key = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
            String value = space < 0 ? "" : rest.substring(space + 1).strip();
            if (key.equals("upgrade")) {
                if (upgradeStart >= 0) {
                    throw error(location, i + 1, "a second '-- retort:upgrade' line", "keep one upgrade section");
                }
                upgradeStart = i + 1;
            } else if (key.equals("downgrade")) {
                if (upgradeStart < 0) {
                    throw error(location, i + 1, "'-- retort:downgrade' before '-- retort:upgrade'",
                            "put the upgrade section first");
                }
                if (downgradeStart >= 0) {
                    throw error(location, i + 1, "a second '-- retort:downgrade' line", "keep one downgrade section");
                }
                downgradeStart = i + 1;
            } else if (upgradeStart < 0) {
                header.put(key, value, i + 1);
            }
            // Other retort: lines inside a section are comments of the user's; leave them.
        }
        if (upgradeStart < 0) {
            throw error(location, lines.length, "no '-- retort:upgrade' line",
                    "add '-- retort:upgrade' before the upgrade SQL");
        }
        Revision revision = header.toRevision();
        int upgradeEnd = downgradeStart < 0 ? lines.length : downgradeStart - 1;
        String upgrade = join(lines, upgradeStart, upgradeEnd);
        String downgrade = downgradeStart < 0 ? null : join(lines, downgradeStart, lines.length);
        return new RevisionScript(revision, location, path, upgrade, upgradeStart + 1, downgrade,
                downgradeStart < 0 ? 0 : downgradeStart + 1, header.transactional, Checksums.of(upgrade));
    }

    /** Letters, digits, '_', '.' and '-', at least one. */
    static boolean isRevisionId(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from, Math.max(from, to)));
    }

    static RetortException error(String location, int line, String problem, String remedy) {
        return new RetortException(RetortException.Kind.SCRIPT,
                location + ":" + line + ": " + problem + "; " + remedy);
    }

    /** The header lines seen so far. */
    private static final class Header {
        private final String location;
        private String id;
        private int idLine;
        private List<String> parents = List.of();
        private List<String> dependsOn = List.of();
        private List<String> labels = List.of();
        private String message = "";
        private Instant created;
        private boolean transactional = true;

        Header(String location) {
            this.location = location;
        }

        void put(String key, String value, int line) {
            switch (key) {
                case "revision" -> {
                    if (id != null) {
                        throw error(location, line, "a second revision line", "keep one '-- retort:revision ID'");
                    }
                    if (!isRevisionId(value)) {
                        throw error(location, line, "invalid revision id '" + value + "'",
                                "use letters, digits, '_', '-' or '.' (Retort writes 12 hex digits)");
                    }
                    id = value;
                    idLine = line;
                }
                case "parents", "parent" -> parents = list(value);
                case "depends-on", "depends_on" -> dependsOn = list(value);
                case "branch-labels", "branch_labels", "branch-label" -> labels = list(value);
                case "message" -> message = value;
                case "created" -> created = instant(value, line);
                case "transactional" -> transactional = bool(value, line);
                default -> throw error(location, line, "unknown header '-- retort:" + key + "'",
                        "use one of revision, parents, message, created, branch-labels, depends-on, transactional");
            }
        }

        private Instant instant(String value, int line) {
            try {
                Instant written = Timestamps.parseWritten(value);
                return written != null ? written : Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw error(location, line, "invalid created time '" + value + "'",
                        "use an ISO-8601 instant such as 2026-11-24T10:10:00Z");
            }
        }

        private boolean bool(String value, int line) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw error(location, line, "invalid transactional value '" + value + "'", "use true or false");
            };
        }

        /** Items separated by commas or white space; {@code base} and {@code none} name no revision. */
        private static List<String> list(String value) {
            List<String> items = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= value.length(); i++) {
                boolean separator = i == value.length() || value.charAt(i) == ',' || Character.isWhitespace(value.charAt(i));
                if (!separator && start < 0) {
                    start = i;
                } else if (separator && start >= 0) {
                    String item = value.substring(start, i);
                    if (!item.equalsIgnoreCase("base") && !item.equalsIgnoreCase("none")) {
                        items.add(item);
                    }
                    start = -1;
                }
            }
            return List.copyOf(new LinkedHashSet<>(items));
        }

        Revision toRevision() {
            if (id == null) {
                throw error(location, 1, "no '-- retort:revision ID' header", "add one before '-- retort:upgrade'");
            }
            if (parents.contains(id)) {
                throw error(location, idLine, "revision " + id + " names itself as a parent", "fix its parents line");
            }
            return new Revision(id, parents, dependsOn, new LinkedHashSet<>(labels), message, created, location);
        }
    }
}
