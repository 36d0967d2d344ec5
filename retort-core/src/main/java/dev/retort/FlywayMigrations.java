package dev.retort;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a directory of Flyway SQL migrations the way Flyway names them ({@code V1_1__initial.sql}, {@code U…},
 * {@code B…}, {@code R__…}, subdirectories included) with their per-script settings ({@code V1__x.sql.conf}, or
 * {@code -- flyway:key=value} lines at the top of the script). Files of other names are listed, never skipped
 * silently. Stateless.
 */
final class FlywayMigrations {

    /** One migration file. {@code version} is null for a repeatable one. */
    record Migration(char prefix, FlywayVersion version, String versionText, String description, Path file, String sql,
                     boolean executeInTransaction) {
    }

    /** The migrations found, and the files that are not migrations. */
    record Found(List<Migration> migrations, List<String> ignored) {
    }

    private FlywayMigrations() {
    }

    static Found read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RetortException(RetortException.Kind.USAGE, "the Flyway migration directory " + directory
                    + (Files.exists(directory) ? " is not a directory" : " does not exist") + "; give the directory holding"
                    + " the V…__*.sql files (e.g. src/main/resources/db/migration)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot list " + directory + ": " + e.getMessage(), e);
        }
        List<Migration> migrations = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".sql.conf")) {
                continue; // read with its script
            }
            Migration migration = name.endsWith(".sql") ? migration(file, name) : null;
            if (migration == null) {
                ignored.add(directory.relativize(file) + ": not a Flyway SQL migration name (V<version>__<description>.sql,"
                        + " U…, B…, R__…); not imported" + (name.endsWith(".java") || name.endsWith(".class")
                        ? " (a Java migration: write its revision by hand)" : ""));
            } else {
                migrations.add(migration);
            }
        }
        return new Found(migrations, ignored);
    }

    private static Migration migration(Path file, String name) {
        char prefix = name.isEmpty() ? ' ' : Character.toUpperCase(name.charAt(0));
        int separator = name.indexOf("__");
        if ("VUBR".indexOf(prefix) < 0 || separator < 1) {
            return null;
        }
        String versionText = name.substring(1, separator);
        String description = name.substring(separator + 2, name.length() - ".sql".length()).replace('_', ' ');
        FlywayVersion version = null;
        if (prefix == 'R') {
            if (!versionText.isEmpty()) {
                return null;
            }
        } else {
            version = FlywayVersion.parse(versionText);
            if (version == null) {
                return null;
            }
        }
        Map<String, String> settings = settings(file);
        Charset charset = charset(file, settings.remove("encoding"));
        String sql;
        try {
            sql = Files.readString(file, charset);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + file + " as " + charset + ": " + e.getMessage()
                    + "; give its encoding in " + file.getFileName() + ".conf (encoding=…)", e);
        }
        if (sql.startsWith("\uFEFF")) {
            sql = sql.substring(1);
        }
        settings.putAll(inlineSettings(file, sql));
        String transaction = settings.remove("executeintransaction");
        if (!settings.isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, file + ": Flyway setting(s) " + settings.keySet()
                    + " have no Retort equivalent (Retort carries executeInTransaction and encoding); remove them, or write"
                    + " this revision by hand after the import");
        }
        boolean inTransaction = transaction == null || !transaction.strip().equalsIgnoreCase("false");
        return new Migration(prefix, version, versionText, description, file, sql, inTransaction);
    }

    /** {@code V1__x.sql.conf}: {@code key=value} lines, keys without regard to case. */
    private static Map<String, String> settings(Path file) {
        Map<String, String> settings = new LinkedHashMap<>();
        Path conf = file.resolveSibling(file.getFileName() + ".conf");
        if (!Files.isRegularFile(conf)) {
            return settings;
        }
        try {
            for (String line : Files.readAllLines(conf, StandardCharsets.UTF_8)) {
                put(settings, line, conf);
            }
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + conf + ": " + e.getMessage(), e);
        }
        return settings;
    }

    /** {@code -- flyway:executeInTransaction=false} comment lines at the top of a script (before its first statement). */
    private static Map<String, String> inlineSettings(Path file, String sql) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : sql.lines().toList()) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (!stripped.regionMatches(true, 0, "-- flyway:", 0, "-- flyway:".length())) {
                break;
            }
            put(settings, stripped.substring("-- flyway:".length()), file);
        }
        return settings;
    }

    private static void put(Map<String, String> settings, String line, Path where) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
            return;
        }
        int equals = stripped.indexOf('=');
        if (equals < 1) {
            throw new RetortException(RetortException.Kind.USAGE, where + ": '" + stripped + "' is not a key=value setting");
        }
        settings.put(stripped.substring(0, equals).strip().toLowerCase(Locale.ROOT), stripped.substring(equals + 1).strip());
    }

    private static Charset charset(Path file, String encoding) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (RuntimeException e) {
            throw new RetortException(RetortException.Kind.USAGE, file + ".conf: unknown encoding '" + encoding + "'", e);
        }
    }
}
