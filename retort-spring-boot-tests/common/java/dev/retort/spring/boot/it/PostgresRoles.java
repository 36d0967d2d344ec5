package dev.retort.spring.boot.it;

import dev.retort.spring.boot.it.app.PetApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Databases and logins on the PostgreSQL test server for one test, each with a unique name: a database owned by a
 * login without CREATEDB (as a production application's), a database of the administrator's, another login. Closing
 * drops what it made.
 */
final class PostgresRoles implements AutoCloseable {

    private final String serverUrl;
    private final String admin;
    private final String adminPassword;
    private final List<String> databases = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();

    PostgresRoles() {
        String url = System.getenv("RETORT_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("RETORT_TEST_POSTGRES_URL is not set: CI must test PostgreSQL; run the tests"
                        + " through bin/test");
            }
            Assumptions.abort("RETORT_TEST_POSTGRES_URL is not set: skipping PostgreSQL tests (bin/test sets it)");
        }
        serverUrl = url;
        admin = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_USER", "postgres");
        adminPassword = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_PASSWORD", "");
    }

    String admin() {
        return admin;
    }

    String adminPassword() {
        return adminPassword;
    }

    /** A login that may not create databases (nor roles), with a password (the test server may trust it anyway). */
    String login(String prefix) {
        return login(prefix, "NOCREATEDB");
    }

    /** A login with the given CREATEDB or NOCREATEDB, never a superuser. */
    String login(String prefix, String createDatabase) {
        String role = prefix + suffix();
        execute(serverUrl, admin, adminPassword, "CREATE ROLE " + role + " LOGIN " + createDatabase
                + " NOCREATEROLE NOSUPERUSER PASSWORD '" + password(role) + "'");
        roles.add(role);
        return role;
    }

    /** A new empty database owned by {@code owner}; its URL. */
    String database(String prefix, String owner) {
        String name = prefix + suffix();
        execute(serverUrl, admin, adminPassword, "CREATE DATABASE " + name + " OWNER " + owner);
        databases.add(0, name);
        return url(name);
    }

    static String password(String role) {
        return "pw_" + role;
    }

    /** Runs statements on a database. */
    static void execute(String url, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of a query's rows. */
    static List<String> column(String url, String user, String password, String sql) {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return values;
    }

    /** Starts the test application on the given database and login, without a web server. */
    static ConfigurableApplicationContext start(String url, String user, String password, String... properties) {
        return start(WebApplicationType.NONE, url, user, password, List.of(properties));
    }

    /** As {@link #start}, with a web server on a free port. */
    static ConfigurableApplicationContext startWeb(String url, String user, String password, String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("server.port=0");
        return start(WebApplicationType.SERVLET, url, user, password, all);
    }

    private static ConfigurableApplicationContext start(WebApplicationType web, String url, String user, String password,
                                                        List<String> properties) {
        List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                "spring.datasource.password=" + password));
        all.addAll(properties);
        return new SpringApplicationBuilder(PetApplication.class).web(web).properties(all.toArray(String[]::new)).run();
    }

    private String url(String database) {
        int slash = serverUrl.indexOf('/', serverUrl.indexOf("//") + 2);
        int query = serverUrl.indexOf('?');
        return serverUrl.substring(0, slash) + "/" + database + (query < 0 ? "" : serverUrl.substring(query));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Override
    public void close() {
        for (String database : databases) {
            execute(serverUrl, admin, adminPassword, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        for (String role : roles) {
            execute(serverUrl, admin, adminPassword, "DROP OWNED BY " + role, "DROP ROLE IF EXISTS " + role);
        }
    }
}
