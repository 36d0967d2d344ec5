package dev.retort.script;

import dev.retort.RetortException;
import dev.retort.revision.Revision;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes new revision scripts in the SQL form {@link ScriptParser} reads. Stateless and thread-safe.
 *
 * <p>A script is marked {@code -- retort:generated true} in its header and ends with
 * {@code -- retort:end}, so a file cut short is refused on reading. It is written atomically: into a
 * temporary file of the same directory, forced to disk, then linked or moved into place; on failure
 * nothing is left behind. Before writing, the text is parsed back and must mean exactly what was
 * asked for, so no message or name can add a header or a section.
 */
public final class ScriptWriter {

    /** Writes bytes to a stream; tests inject one that fails half-way, as a full disk does. */
    @FunctionalInterface
    interface Sink {
        void write(OutputStream out, byte[] bytes) throws IOException;
    }

    private static final Sink PLAIN = OutputStream::write;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private ScriptWriter() {
    }

    /** The script text for a revision with the given sections (downgrade null: no downgrade section). */
    public static String render(Revision revision, String upgradeSql, String downgradeSql) {
        StringBuilder out = new StringBuilder();
        out.append("-- retort:revision ").append(revision.id()).append('\n');
        out.append("-- retort:parents");
        revision.parents().forEach(p -> out.append(' ').append(p));
        out.append('\n');
        out.append("-- retort:message ").append(oneLine(revision.message())).append('\n');
        if (revision.created() != null) {
            out.append("-- retort:created ").append(revision.created()).append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            out.append("-- retort:branch-labels ").append(String.join(" ", revision.branchLabels())).append('\n');
        }
        if (!revision.dependsOn().isEmpty()) {
            out.append("-- retort:depends-on ").append(String.join(" ", revision.dependsOn())).append('\n');
        }
        out.append("-- retort:generated true\n");
        out.append("\n-- retort:upgrade\n").append(section(upgradeSql));
        if (downgradeSql != null) {
            out.append("\n-- retort:downgrade\n").append(section(downgradeSql));
        }
        out.append("\n-- retort:end\n");
        return out.toString();
    }

    /** The file name the template gives a revision: {created} (UTC, to the second), {rev} and {slug} replaced. */
    public static String fileName(String template, Revision revision) {
        String created = revision.created() == null ? "" : STAMP.format(revision.created());
        return template.replace("{created}", created).replace("{rev}", revision.id())
                .replace("{slug}", slug(revision.message())) + ".sql";
    }

    /** Writes the script as a new file in the directory; never overwrites, never leaves a partial file. */
    public static Path write(Path directory, String template, Revision revision, String upgradeSql, String downgradeSql) {
        return write(directory, template, revision, upgradeSql, downgradeSql, PLAIN);
    }

    static Path write(Path directory, String template, Revision revision, String upgradeSql, String downgradeSql,
                      Sink sink) {
        Path file = directory.resolve(fileName(template, revision));
        String text = render(revision, upgradeSql, downgradeSql);
        checkReadsBack(text, file.toString(), revision, upgradeSql, downgradeSql);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
        if (Files.exists(file)) {
            throw exists(file);
        }
        AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8), sink);
        return file;
    }

    static RetortException exists(Path file) {
        return new RetortException(RetortException.Kind.SCRIPT, file + " already exists; choose another --rev-id or message");
    }

    static RetortException cannotWrite(Path file, IOException e) {
        return new RetortException(RetortException.Kind.SCRIPT, "cannot write " + file + ": " + e
                + "; nothing was written; free disk space or check the directory is writable, then run the command again", e);
    }

    /**
     * Parses the text back and compares it with what was asked for: SQL holding a line that reads as a
     * marker (a quoted name with a line break and {@code -- retort:downgrade} in it) would move the
     * section boundaries, so such a script is refused instead of written.
     */
    private static void checkReadsBack(String text, String location, Revision revision, String upgradeSql,
                                       String downgradeSql) {
        RevisionScript back;
        try {
            back = ScriptParser.parse(text, location, null);
        } catch (RetortException e) {
            throw unsafe(location, e.getMessage());
        }
        Revision read = back.revision();
        boolean same = read.id().equals(revision.id()) && read.parents().equals(revision.parents())
                && read.dependsOn().equals(revision.dependsOn()) && read.branchLabels().equals(revision.branchLabels())
                && read.message().equals(oneLine(revision.message()))
                && Objects.equals(read.created(), revision.created())
                && (back.upgradeSql() + "\n").strip().equals(upgradeSql.strip())
                && (downgradeSql == null ? back.downgradeSql() == null
                        : back.downgradeSql() != null && back.downgradeSql().strip().equals(downgradeSql.strip()));
        if (!same) {
            throw unsafe(location, "its header or sections read back differently from what was generated");
        }
    }

    private static RetortException unsafe(String location, String why) {
        return new RetortException(RetortException.Kind.SCRIPT, "refusing to write " + location + ": " + why
                + "; a name, message or label holds a line that reads as a '-- retort:' marker; rename it");
    }

    static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? "revision" : slug;
    }

    /**
     * The message on one header line: every line break (LF, CR, NEL, U+2028, U+2029) and other control
     * character becomes a space, so a message can never start a header or a section of its own.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString().strip();
    }

    private static String section(String sql) {
        String body = sql.strip();
        return body.isEmpty() ? "" : body + "\n";
    }
}
