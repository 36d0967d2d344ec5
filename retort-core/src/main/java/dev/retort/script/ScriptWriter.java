package dev.retort.script;

import dev.retort.RetortException;
import dev.retort.revision.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes new revision scripts in the SQL form {@link ScriptParser} reads. Stateless and thread-safe.
 */
public final class ScriptWriter {

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
        out.append("\n-- retort:upgrade\n").append(section(upgradeSql));
        if (downgradeSql != null) {
            out.append("\n-- retort:downgrade\n").append(section(downgradeSql));
        }
        return out.toString();
    }

    /** The file name the template gives a revision: {created} (UTC, to the second), {rev} and {slug} replaced. */
    public static String fileName(String template, Revision revision) {
        String created = revision.created() == null ? "" : STAMP.format(revision.created());
        return template.replace("{created}", created).replace("{rev}", revision.id())
                .replace("{slug}", slug(revision.message())) + ".sql";
    }

    /** Writes the script as a new file in the directory; never overwrites. */
    public static Path write(Path directory, String template, Revision revision, String upgradeSql, String downgradeSql) {
        Path file = directory.resolve(fileName(template, revision));
        try {
            Files.createDirectories(directory);
            Files.writeString(file, render(revision, upgradeSql, downgradeSql), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new RetortException(RetortException.Kind.SCRIPT, file + " already exists; choose another --rev-id or message");
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.SCRIPT,
                    "cannot write " + file + ": " + e.getMessage() + "; check the directory is writable", e);
        }
    }

    static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? "revision" : slug;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\r\n]+\\s*", " ").strip();
    }

    private static String section(String sql) {
        String body = sql.strip();
        return body.isEmpty() ? "" : body + "\n";
    }
}
