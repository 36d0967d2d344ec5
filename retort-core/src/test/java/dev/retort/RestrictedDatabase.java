package dev.retort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database on the PostgreSQL or MariaDB test server owned by a login created for one test, with no right to
 * create other databases: PostgreSQL a role without CREATEDB owning its database, MariaDB a user granted
 * everything on its database and nothing else. Both names are unique; {@link #close()} drops both.
 *
 * @param adminUrl      the server URL of the test environment
 * @param adminUser     its administrator
 * @param adminPassword the administrator's password
 * @param url           the restricted database's URL
 * @param user          the restricted login
 * @param password      its password
 * @param database      the restricted database's name
 * @param postgres      PostgreSQL (else MariaDB)
 */
record RestrictedDatabase(String adminUrl, String adminUser, String adminPassword, String url, String user,
                          String password, String database, boolean postgres) implements AutoCloseable {

    static RestrictedDatabase postgres(String adminUrl, String adminUser, String adminPassword) {
        String suffix = suffix();
        RestrictedDatabase restricted = new RestrictedDatabase(adminUrl, adminUser, adminPassword,
                withDatabase(adminUrl, "rt_prod_" + suffix), "rt_nocreatedb_" + suffix, "pw_" + suffix,
                "rt_prod_" + suffix, true);
        restricted.admin("CREATE ROLE " + restricted.user + " LOGIN NOCREATEDB NOCREATEROLE NOSUPERUSER PASSWORD '"
                + restricted.password + "'");
        restricted.admin("CREATE DATABASE " + restricted.database + " OWNER " + restricted.user);
        return restricted;
    }

    static RestrictedDatabase mariadb(String adminUrl, String adminUser, String adminPassword) {
        String suffix = suffix();
        RestrictedDatabase restricted = new RestrictedDatabase(adminUrl, adminUser, adminPassword,
                withDatabase(adminUrl, "rt_prod_" + suffix), "rt_u_" + suffix, "pw_" + suffix, "rt_prod_" + suffix, false);
        restricted.admin("CREATE DATABASE " + restricted.database);
        restricted.admin("CREATE USER '" + restricted.user + "'@'%' IDENTIFIED BY '" + restricted.password + "'");
        restricted.admin("GRANT ALL PRIVILEGES ON " + restricted.database + ".* TO '" + restricted.user + "'@'%'");
        return restricted;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** jdbc:…://host:port/db?params with another database. */
    private static String withDatabase(String base, String name) {
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        int query = base.indexOf('?');
        return base.substring(0, slash) + "/" + name + (query < 0 ? "" : base.substring(query));
    }

    /** Runs statements as the restricted login on its database. */
    void execute(String... statements) {
        run(url, user, password, statements);
    }

    /** The first column of a query's rows, run as the restricted login. */
    java.util.List<String> column(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(sql)) {
            java.util.List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void admin(String sql) {
        run(adminUrl, adminUser, adminPassword, sql);
    }

    private static void run(String url, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (postgres) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            admin("DROP ROLE IF EXISTS " + user);
        } else {
            admin("DROP DATABASE IF EXISTS " + database);
            admin("DROP USER IF EXISTS '" + user + "'@'%'");
        }
    }
}
