package dev.retort.script;

import dev.retort.RetortException;
import dev.retort.revision.Revision;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 *
 * -- retort:end
 * </pre>
 *
 * Header keys, each at most once: {@code revision} (required), {@code parents}, {@code message},
 * {@code created}, {@code branch-labels}, {@code depends-on}, {@code transactional}, {@code generated}.
 * Lists are separated by spaces or commas. {@code -- retort:end}, when present, is the last non-blank
 * line; a script whose header says {@code -- retort:generated true} (Retort writes that) must have it,
 * so a file cut short is refused rather than half run. Any other line that looks like a marker
 * ({@code --}, spaces, {@code retort:} in any case) is an error.
 * Stateless and thread-safe.
 */
public final class ScriptParser {

    private static final String MARK = "-- retort:";

    /** Every key a marker line may have, spellings of the same header included. */
    private static final Set<String> KEYS = Set.of("revision", "parents", "parent", "message", "created",
            "branch-labels", "branch_labels", "branch-label", "depends-on", "depends_on", "transactional",
            "generated", "upgrade", "downgrade", "end");

    /** The keys as the message lists them. */
    private static final List<String> KNOWN = List.of("revision", "parents", "message", "created", "branch-labels",
            "depends-on", "transactional", "generated", "upgrade", "downgrade", "end");

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
        int end = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (end >= 0 && !line.isEmpty()) {
                throw error(location, i + 1, "text after '-- retort:end' (line " + (end + 1) + ")",
                        "'-- retort:end' must be the last line; move the text above it or remove the end line");
            }
            String key = markerKey(line, location, i + 1);
            if (key == null) {
                continue;
            }
            String value = line.substring(Math.min(line.length(), MARK.length() + key.length())).strip();
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
            } else if (key.equals("end")) {
                if (upgradeStart < 0) {
                    throw error(location, i + 1, "'-- retort:end' before '-- retort:upgrade'",
                            "put it after the last section, as the script's last line");
                }
                end = i;
            } else if (upgradeStart < 0) {
                header.put(key, value, i + 1);
            } else {
                throw error(location, i + 1, "header line '-- retort:" + key + "' inside a section",
                        "move it above '-- retort:upgrade'");
            }
        }
        if (upgradeStart < 0) {
            throw error(location, lines.length, "no '-- retort:upgrade' line",
                    "add '-- retort:upgrade' before the upgrade SQL");
        }
        if (header.generated && end < 0) {
            throw error(location, lines.length, "no '-- retort:end' line although Retort wrote the script"
                    + " ('-- retort:generated'): it was cut short, by a full disk or an interrupted copy",
                    "restore it from version control or generate it again");
        }
        Revision revision = header.toRevision();
        int last = end < 0 ? lines.length : end;
        int upgradeEnd = downgradeStart < 0 ? last : downgradeStart - 1;
        int[][] spans = Lines.spans(text);
        String upgrade = section(text, spans, upgradeStart, upgradeEnd);
        String downgrade = downgradeStart < 0 ? null : section(text, spans, downgradeStart, last);
        return new RevisionScript(revision, location, path, upgrade, upgradeStart + 1, downgrade,
                downgradeStart < 0 ? 0 : downgradeStart + 1, header.transactional, Checksums.of(upgrade));
    }

    /**
     * The lower-case key of a marker line ({@code -- retort:KEY …}), or null for any other line. A line
     * that only looks like a marker — other spacing, other case, a key Retort does not know — is an
     * error: read as SQL, a misspelt {@code -- retort:downgrade} would run the downgrade on upgrade.
     */
    static String markerKey(String line, String location, int number) {
        if (!line.startsWith("--")) {
            return null;
        }
        int at = 2;
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        if (!line.regionMatches(true, at, "retort:", 0, "retort:".length())) {
            return null;
        }
        int keyStart = at + "retort:".length();
        int keyEnd = keyStart;
        while (keyEnd < line.length() && !Character.isWhitespace(line.charAt(keyEnd))) {
            keyEnd++;
        }
        String key = line.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT);
        if (!line.startsWith(MARK)) {
            throw error(location, number, "'" + line + "' looks like a retort marker but is not written as one",
                    "write it as '" + MARK + key + "' (two dashes, one space, lower-case 'retort:')"
                            + " or reword the comment");
        }
        if (!KEYS.contains(key)) {
            throw error(location, number, "unknown marker '" + MARK + key + "'",
                    "use one of " + String.join(", ", KNOWN) + ", or reword the comment");
        }
        return key;
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

    /**
     * Lines {@code from} to {@code to} (exclusive) as they are in the file, line breaks included: a
     * quoted name or string may hold a lone CR, which must reach the database as it was written.
     */
    private static String section(String text, int[][] spans, int from, int to) {
        return from >= to ? "" : text.substring(spans[from][0], spans[to - 1][1]);
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
        private boolean generated;
        private final Set<String> seen = new HashSet<>();

        Header(String location) {
            this.location = location;
        }

        void put(String key, String value, int line) {
            String canonical = canonical(key);
            if (!seen.add(canonical)) {
                // A second line would silently replace the first: the parents of a revision are its history.
                throw error(location, line, "a second '-- retort:" + canonical + "' line",
                        "keep one '-- retort:" + canonical + "' line");
            }
            switch (key) {
                case "revision" -> {
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
                case "generated" -> generated = bool(value, line);
                default -> throw error(location, line, "unknown header '-- retort:" + key + "'",
                        "use one of revision, parents, message, created, branch-labels, depends-on, transactional");
            }
        }

        private static String canonical(String key) {
            return switch (key) {
                case "parent" -> "parents";
                case "depends_on" -> "depends-on";
                case "branch_labels", "branch-label" -> "branch-labels";
                default -> key;
            };
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
                default -> throw error(location, line, "invalid value '" + value + "'", "use true or false");
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
