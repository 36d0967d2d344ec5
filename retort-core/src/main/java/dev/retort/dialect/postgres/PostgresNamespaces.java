package dev.retort.dialect.postgres;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.spi.JdbcSession;
import java.util.List;

/**
 * Lists, in one query, the chosen schemas other than the default one (a multi-schema project's
 * {@link SchemaObject.Kind#SCHEMA}s, so that a schema the model has and the database lacks is created),
 * and the collations and text search configurations and dictionaries of the chosen schemas, which
 * columns, indexes and routines may name (MusicBrainz's collation {@code musicbrainz} and configuration
 * {@code mb_simple}). Those an extension brings are the extension's. Stateless.
 */
final class PostgresNamespaces {

    private static final String EXTENSION_MEMBER = """
            exists (select 1 from pg_depend dep where dep.classid = '%s'::regclass and dep.objid = %s and dep.deptype = 'e')
            """;

    private static final String OBJECTS = """
            select 'SCHEMA', null, n.nspname
              from pg_namespace n
             where n.nspname = any(?::text[]) and n.nspname <> ?
            union all
            select 'COLLATION', n.nspname, c.collname
              from pg_collation c join pg_namespace n on n.oid = c.collnamespace
             where n.nspname = any(?::text[]) and not %s
            union all
            select 'TEXT_SEARCH_CONFIGURATION', n.nspname, c.cfgname
              from pg_ts_config c join pg_namespace n on n.oid = c.cfgnamespace
             where n.nspname = any(?::text[]) and not %s
            union all
            select 'TEXT_SEARCH_DICTIONARY', n.nspname, d.dictname
              from pg_ts_dict d join pg_namespace n on n.oid = d.dictnamespace
             where n.nspname = any(?::text[]) and not %s
            """.formatted(EXTENSION_MEMBER.formatted("pg_collation", "c.oid").strip(),
            EXTENSION_MEMBER.formatted("pg_ts_config", "c.oid").strip(),
            EXTENSION_MEMBER.formatted("pg_ts_dict", "d.oid").strip());

    private PostgresNamespaces() {
    }

    /** The objects; {@code schemaArray} is the chosen schemas as a text[] literal, {@code current} the default one. */
    static List<SchemaObject> read(JdbcSession session, String schemaArray, String current) {
        return session.query(OBJECTS, row -> {
            SchemaObject.Kind kind = SchemaObject.Kind.valueOf(row.getString(1));
            QualifiedName name = row.getString(2) == null ? QualifiedName.of(row.getString(3))
                    : PostgresSchemaReader.name(row.getString(2), row.getString(3), current);
            return SchemaObject.of(kind, name);
        }, schemaArray, current, schemaArray, schemaArray, schemaArray);
    }
}
