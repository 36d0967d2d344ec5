package dev.retort.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The database's own dump of its schema: {@code pg_dump -s}, {@code mariadb-dump --no-data},
 * {@code sqlite3 .schema}, H2's {@code SCRIPT NODATA}. Retort's own tables are left out by the dump
 * tool where it can ({@code -T}, {@code --ignore-table}) and by statement otherwise.
 */
final class NativeDump {

    static final Set<String> RETORT_TABLES = Set.of("retort_version", "retort_audit", "retort_version_lock");

    private NativeDump() {
    }

    /**
     * The dump as the tool prints it, Retort's tables removed; also written to
     * {@code target/dumps/<label>.sql} for whoever reads the report.
     */
    static String of(Target target, String label) {
        String dump = of(target);
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target", "dumps", label.replaceAll("[^A-Za-z0-9._-]+", "_") + ".sql");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, dump);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dump;
    }

    /** The dump as the tool prints it, Retort's tables removed. */
    static String of(Target target) {
        return switch (target.kind()) {
            case POSTGRES -> {
                List<String> command = new ArrayList<>(List.of("pg_dump", "-s", "-h", target.server().getHost(),
                        "-p", String.valueOf(port(target, 5432)), "-U", target.user(), "-n", target.name()));
                RETORT_TABLES.forEach(table -> command.addAll(List.of("-T", target.name() + "." + table)));
                command.add(database(target));
                yield run(command);
            }
            case MARIADB -> {
                List<String> command = new ArrayList<>(List.of("mariadb-dump", "--no-data", "--skip-dump-date",
                        "-h", target.server().getHost(), "-P", String.valueOf(port(target, 3306)), "-u", target.user()));
                RETORT_TABLES.forEach(table -> command.add("--ignore-table=" + target.name() + "." + table));
                command.add(target.name());
                yield run(command);
            }
            case SQLITE -> withoutRetortStatements(run(List.of("sqlite3", target.sqliteFile(), ".schema")));
            case H2 -> h2Script(target);
        };
    }

    private static int port(Target target, int fallback) {
        int port = target.server().getPort();
        return port < 0 ? fallback : port;
    }

    /** PostgreSQL: the database of the URL (the target is a schema in it). */
    private static String database(Target target) {
        String path = target.server().getPath();
        return path.substring(1);
    }

    private static String h2Script(Target target) {
        StringBuilder script = new StringBuilder();
        try (Connection connection = java.sql.DriverManager.getConnection(target.hibernateUrl(), target.user(), target.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SCRIPT NODATA")) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!mentionsRetort(line)) {
                    script.append(line).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SCRIPT NODATA on " + target + ": " + e.getMessage(), e);
        }
        return script.toString();
    }

    /** sqlite3 prints one statement per line or several lines ending in ';': drop Retort's. */
    private static String withoutRetortStatements(String dump) {
        StringBuilder kept = new StringBuilder();
        StringBuilder statement = new StringBuilder();
        for (String line : dump.split("\n", -1)) {
            statement.append(line).append('\n');
            if (line.endsWith(";")) {
                if (!mentionsRetort(statement.toString())) {
                    kept.append(statement);
                }
                statement.setLength(0);
            }
        }
        return kept.append(statement).toString();
    }

    private static boolean mentionsRetort(String statement) {
        String lower = statement.toLowerCase(java.util.Locale.ROOT);
        return RETORT_TABLES.stream().anyMatch(table -> lower.matches("(?s).*\\b\"?" + table + "\"?\\b.*"));
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] err;
            String out;
            var errReader = process.getErrorStream();
            out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            err = errReader.readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " (is it installed? see README, Running the tests)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
