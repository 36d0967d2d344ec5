package dev.retort;

import dev.retort.reflect.NativeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each database's own schema dump, normalised so that two databases holding the same schema dump
 * the same text. See {@link DumpNormaliser} for exactly what is normalised.
 */
final class SchemaDumps {

    private SchemaDumps() {
    }

    /** Retort's own tables (version, audit and lock tables), left out of every dump. */
    static boolean ownTable(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("retort_");
    }

    static String dump(FreshDatabase database) {
        return switch (database.kind()) {
            case POSTGRES -> DumpNormaliser.postgres(pgDump(database));
            case MYSQL -> DumpNormaliser.mysql(mysqlDump(database));
            case SQLITE -> sqliteCatalog(database);
            case H2 -> DumpNormaliser.h2(h2Script(database));
        };
    }

    private static String pgDump(FreshDatabase database) {
        NativeLoader.Server server = NativeLoader.Server.of(database.url());
        return run(List.of("pg_dump", "--schema-only", "--no-owner", "--no-privileges", "--exclude-table=*.retort_*",
                "-h", server.host(), "-p", Integer.toString(server.port()), "-U", database.user(), database.name()),
                Map.of("PGPASSWORD", database.password() == null ? "" : database.password()));
    }

    private static String mysqlDump(FreshDatabase database) {
        NativeLoader.Server server = NativeLoader.Server.of(database.url());
        List<String> command = new ArrayList<>(List.of("mariadb-dump", "--protocol=TCP", "-h", server.host(),
                "-P", Integer.toString(server.port()), "-u", database.user(), "--no-data", "--skip-comments",
                "--skip-dump-date", "--skip-add-drop-table", "--skip-set-charset", "--skip-tz-utc"));
        if (database.password() != null && !database.password().isEmpty()) {
            command.add("-p" + database.password());
        }
        for (String own : List.of("retort_version", "retort_audit")) {
            command.add("--ignore-table=" + database.name() + "." + own);
        }
        command.add(database.name());
        return run(command, Map.of());
    }

    private static String sqliteCatalog(FreshDatabase database) {
        try (Connection connection = database.connect()) {
            return SqliteCatalogDump.dump(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the SQLite catalog of " + database.url() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> h2Script(FreshDatabase database) {
        List<String> out = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SCRIPT NODATA")) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SCRIPT NODATA failed on " + database.url() + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            Path errors = Files.createTempFile("retort-dump", ".err");
            builder.redirectError(errors.toFile());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                String error = Files.readString(errors);
                throw new IllegalStateException(command.get(0) + " failed: " + error);
            }
            Files.deleteIfExists(errors);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
