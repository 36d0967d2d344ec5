package dev.retort.entities;

import dev.retort.testing.TestDatabase;
import java.net.URI;

/**
 * A fresh database for one side of a comparison (a PostgreSQL schema, a MariaDB database, an SQLite or
 * H2 file), with the URL the application would give both Hibernate and Retort. Closing drops it.
 */
final class Target implements AutoCloseable {

    /** The four databases of the acceptance. */
    enum Kind { POSTGRES, MARIADB, H2, SQLITE }

    private final Kind kind;
    private final TestDatabase database;

    private Target(Kind kind, TestDatabase database) {
        this.kind = kind;
        this.database = database;
    }

    static Target create(Kind kind) {
        return new Target(kind, TestDatabase.create(switch (kind) {
            case POSTGRES -> TestDatabase.Kind.POSTGRES;
            case MARIADB -> TestDatabase.Kind.MYSQL;
            case H2 -> TestDatabase.Kind.H2;
            case SQLITE -> TestDatabase.Kind.SQLITE;
        }));
    }

    Kind kind() {
        return kind;
    }

    /**
     * The URL for Hibernate and Retort alike. H2's gets {@code NON_KEYWORDS=VALUE}: Hibernate's
     * H2Dialect leaves the column name {@code value} (shopizer, openmeetings) unquoted, and H2 2.x
     * reserves it, so an application on H2 needs the setting anyway.
     */
    String hibernateUrl() {
        return kind == Kind.H2 ? database.url() + ";NON_KEYWORDS=VALUE" : database.url();
    }

    String user() {
        return database.user();
    }

    String password() {
        return database.password();
    }

    /** The schema, database or file stem: what the native dump names and the comparison masks. */
    String name() {
        return database.name();
    }

    TestDatabase database() {
        return database;
    }

    /** The SQLite file. */
    String sqliteFile() {
        return database.url().substring("jdbc:sqlite:".length());
    }

    /** Host and port of the server (PostgreSQL, MariaDB), from the JDBC URL. */
    URI server() {
        return URI.create(database.url().substring("jdbc:".length()));
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + database.name();
    }
}
