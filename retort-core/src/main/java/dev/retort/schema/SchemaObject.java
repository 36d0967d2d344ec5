package dev.retort.schema;

import java.util.Objects;

/**
 * A schema object that is not a table: a view, trigger, routine, aggregate, sequence, or (PostgreSQL)
 * extension, rule, row-level security policy, schema, collation or text search configuration or dictionary. The readers list them by
 * name, which keeps them from being mistaken for tables; a SQL model also gives each the statement
 * that created it, which is what lets autogenerate create it and, reversed, drop it again.
 * Immutable and thread-safe.
 *
 * <p>Two objects are the same object when kind, name and table agree ({@link #sameObject}); the
 * definition is the model's SQL, known on the model side only; {@code catalog} is the database's own
 * print of the definition, which the readers read where the dialect gives one, so that the same object
 * on both sides can be compared.
 *
 * @param kind       what the object is
 * @param name       its name
 * @param table      the table a trigger, rule, policy or row-level security belongs to; {@code null} for every other kind
 * @param definition the SQL that creates it (several statements for overloaded routines), or
 *                   {@code null} where it is not known (the readers do not read it)
 * @param catalog    the definition as the database prints it, or {@code null} where the reader does not
 *                   read it (every kind but views, materialized views, routines, triggers, rules and
 *                   SQLite's virtual tables, and those of dialects that print none reliably)
 */
public record SchemaObject(Kind kind, QualifiedName name, QualifiedName table, String definition,
                           CatalogDefinition catalog) {

    /**
     * The kinds of object listed by name. {@code TYPE} and {@code DOMAIN} are user-defined types:
     * PostgreSQL's reader lists its enum types and domains; elsewhere they are known from the columns
     * that use them. An
     * {@code AGGREGATE} is PostgreSQL's user-defined aggregate ({@code CREATE AGGREGATE}; MariaDB's
     * aggregate functions are functions); an {@code EXTENSION} is named without a schema, as
     * PostgreSQL names it. A {@code RULE} is PostgreSQL's {@code CREATE RULE} on a table, whose name (like a
     * trigger's) is unique only within its table; so is a {@code POLICY}'s ({@code CREATE POLICY}). A
     * {@code ROW_LEVEL_SECURITY} is a PostgreSQL table's {@code ENABLE} and {@code FORCE ROW LEVEL SECURITY},
     * named as its table is; {@code PRIVILEGES} are the table's grants to roles other than its owner, known
     * by their catalog print only (compared, reported, never migrated). A {@code SCHEMA} is one of a multi-schema project's
     * schemas other than its default one, named without a schema; {@code COLLATION} and the
     * {@code TEXT_SEARCH_…} kinds are PostgreSQL's user-defined collations and full-text search
     * configurations and dictionaries. A {@code VIRTUAL_TABLE} is SQLite's {@code CREATE VIRTUAL TABLE}
     * (FTS4, FTS5, R*Tree or any module): created from its statement and compared by it; the shadow
     * tables its module keeps its data in belong to it and are no objects of their own.
     */
    public enum Kind {
        /** {@code CREATE VIEW}. */
        VIEW,
        /** PostgreSQL's {@code CREATE MATERIALIZED VIEW}. */
        MATERIALIZED_VIEW,
        /** {@code CREATE TRIGGER}, on a table. */
        TRIGGER,
        /** {@code CREATE FUNCTION}. */
        FUNCTION,
        /** {@code CREATE PROCEDURE}. */
        PROCEDURE,
        /** PostgreSQL's {@code CREATE AGGREGATE}. */
        AGGREGATE,
        /** {@code CREATE SEQUENCE}. */
        SEQUENCE,
        /** PostgreSQL's {@code CREATE TYPE}: enum, composite, range or base type. */
        TYPE,
        /** PostgreSQL's {@code CREATE DOMAIN}. */
        DOMAIN,
        /** PostgreSQL's {@code CREATE EXTENSION}. */
        EXTENSION,
        /** PostgreSQL's {@code CREATE RULE}, on a table. */
        RULE,
        /** A schema of a multi-schema project other than its default one. */
        SCHEMA,
        /** PostgreSQL's {@code CREATE COLLATION}. */
        COLLATION,
        /** PostgreSQL's {@code CREATE TEXT SEARCH DICTIONARY}. */
        TEXT_SEARCH_DICTIONARY,
        /** PostgreSQL's {@code CREATE TEXT SEARCH CONFIGURATION}. */
        TEXT_SEARCH_CONFIGURATION,
        /** SQLite's {@code CREATE VIRTUAL TABLE}. */
        VIRTUAL_TABLE,
        /** PostgreSQL's {@code CREATE POLICY}, on a table. */
        POLICY,
        /** PostgreSQL's {@code ENABLE} and {@code FORCE ROW LEVEL SECURITY} of a table. */
        ROW_LEVEL_SECURITY,
        /** A table's grants to roles other than its owner: compared and reported, never migrated. */
        PRIVILEGES;

        /** {@return true for the kinds that belong to a table and are named within it} */
        public boolean onTable() {
            return this == TRIGGER || this == RULE || this == POLICY || this == ROW_LEVEL_SECURITY || this == PRIVILEGES;
        }
    }

    /**
     * Checks the object.
     *
     * @param kind what the object is
     * @param name its name
     * @param table the table a trigger, rule, policy or row-level security belongs to; {@code null} for every
     *     other kind
     * @param definition the SQL that creates it (several statements for overloaded routines), or {@code null}
     *     where it is not known (the readers do not read it)
     * @param catalog the definition as the database prints it, or {@code null} where the reader does not read
     *     it (every kind but views, materialized views, routines, triggers, rules and SQLite's virtual
     *     tables, and those of dialects that print none reliably)
     * @throws IllegalArgumentException when a table is named for a kind that has none or missing for one that
     *     has, or the definition is blank
     */
    public SchemaObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind.onTable() != (table != null)) {
            throw new IllegalArgumentException("a trigger, rule, policy, row-level security or privileges, and nothing else, name their table: " + kind + " " + name);
        }
        if (definition != null && definition.isBlank()) {
            throw new IllegalArgumentException("the definition of " + kind + " " + name + " is blank; use null for unknown");
        }
    }

    /**
     * An object with the model's SQL, the catalog's print unknown.
     *
     * @param kind what the object is
     * @param name its name
     * @param table the table a trigger, rule, policy or row-level security belongs to; {@code null} for every
     *     other kind
     * @param definition the SQL that creates it (several statements for overloaded routines), or {@code null}
     *     where it is not known (the readers do not read it)
     */
    public SchemaObject(Kind kind, QualifiedName name, QualifiedName table, String definition) {
        this(kind, name, table, definition, null);
    }

    /**
     * An object whose definition is not known.
     *
     * @param kind what the object is
     * @param name its name
     * @param table the table a trigger, rule, policy or row-level security belongs to; {@code null} for every
     *     other kind
     */
    public SchemaObject(Kind kind, QualifiedName name, QualifiedName table) {
        this(kind, name, table, null, null);
    }

    /**
     * {@return an object that is not a trigger, definition unknown}
     *
     * @param kind what the object is
     * @param name its name
     */
    public static SchemaObject of(Kind kind, QualifiedName name) {
        return new SchemaObject(kind, name, null, null, null);
    }

    /**
     * {@return this object with the SQL that creates it}
     *
     * @param sql the statements, or null when not known
     */
    public SchemaObject withDefinition(String sql) {
        return new SchemaObject(kind, name, table, sql, catalog);
    }

    /**
     * {@return this object with the database's print of its definition}
     *
     * @param printed the print, or null when not read
     */
    public SchemaObject withCatalog(CatalogDefinition printed) {
        return new SchemaObject(kind, name, table, definition, printed);
    }

    /**
     * {@return true when the other is the same object (kind, name and table), whatever is known of its
     * definition}
     *
     * @param other the other object
     */
    public boolean sameObject(SchemaObject other) {
        return kind == other.kind && name.equals(other.name) && Objects.equals(table, other.table);
    }
}
