package dev.retort.reflect;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Loads SQL files with each database's own client: psql, mariadb, sqlite3; H2 has none, so its
 * own RUNSCRIPT. A file that fails is reported, never hidden: {@link #load} returns the error.
 */
public final class NativeLoader {

    private NativeLoader() {
    }

    /** Host, port and database of a {@code jdbc:postgresql://} or {@code jdbc:mariadb://} URL. */
    public record Server(String host, int port, String database) {
        public static Server of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new Server(uri.getHost(), uri.getPort(), path);
        }
    }

    /** psql with ON_ERROR_STOP; {@code searchPath} may be null. Returns null on success, else the error. */
    public static String psql(Server server, String user, String password, String database, String searchPath, Path file) {
        List<String> command = List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.host(),
                "-p", Integer.toString(server.port()), "-U", user, "-d", database, "-f", file.toString());
        Map<String, String> env = new java.util.HashMap<>();
        env.put("PGPASSWORD", password == null ? "" : password);
        env.put("PGOPTIONS", "--client-min-messages=warning" + (searchPath == null ? "" : " -c search_path=" + searchPath));
        return run(command, env, null, file.getParent());
    }

    /** The mariadb client reading the file on standard input. */
    public static String mariadb(Server server, String user, String password, String database, Path file) {
        List<String> command = new ArrayList<>(List.of("mariadb", "--protocol=TCP", "-h", server.host(),
                "-P", Integer.toString(server.port()), "-u", user));
        if (password != null && !password.isEmpty()) {
            command.add("-p" + password);
        }
        command.add(database);
        return run(command, Map.of(), file, file.getParent());
    }

    /** The sqlite3 shell reading the file on standard input; bail on the first error. */
    public static String sqlite3(Path databaseFile, Path file) {
        return run(List.of("sqlite3", "-bail", databaseFile.toString()), Map.of(), file, file.getParent());
    }

    /** H2's RUNSCRIPT, after {@code SET MODE} when a mode is given. */
    public static String h2(Connection connection, String mode, Path file) {
        try (Statement statement = connection.createStatement()) {
            if (mode != null) {
                statement.execute("SET MODE " + mode);
            }
            statement.execute("RUNSCRIPT FROM '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            return null;
        } catch (SQLException e) {
            return firstLine(e.getMessage());
        }
    }

    private static String run(List<String> command, Map<String, String> env, Path input, Path directory) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Path output = Files.createTempFile("retort-load", ".log");
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "timed out after 5 minutes";
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            boolean failed = process.exitValue() != 0 || log.contains("ERROR");
            return failed ? firstError(log, process.exitValue()) : null;
        } catch (IOException e) {
            return "cannot run " + command.get(0) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String firstError(String log, int exit) {
        for (String line : log.lines().toList()) {
            if (line.contains("ERROR") || line.startsWith("Error") || line.contains("Parse error")) {
                return firstLine(line);
            }
        }
        return "exit " + exit + ": " + firstLine(log);
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
