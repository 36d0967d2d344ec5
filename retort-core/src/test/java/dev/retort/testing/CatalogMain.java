package dev.retort.testing;

import static dev.retort.testing.MultiSchemaCatalog.ENTITIES;
import static dev.retort.testing.MultiSchemaCatalog.link;
import static dev.retort.testing.MultiSchemaCatalog.pairs;
import static dev.retort.testing.MultiSchemaCatalog.script;

import java.util.Map;

/** The files of {@link MultiSchemaCatalog}'s main schema, {@code music}. Stateless. */
final class CatalogMain {

    private CatalogMain() {
    }

    static String extensions() {
        return script(null, """
                CREATE EXTENSION IF NOT EXISTS cube WITH SCHEMA public;
                CREATE EXTENSION IF NOT EXISTS earthdistance WITH SCHEMA public;
                CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

                -- every name qualified: an index expression runs under whatever search_path vacuum or a restore has
                CREATE OR REPLACE FUNCTION music.geo_point(float8, float8) RETURNS public.earth
                LANGUAGE SQL IMMUTABLE STRICT PARALLEL SAFE
                AS 'SELECT public.cube(public.cube(public.cube(public.earth() * cos(radians($1)) * cos(radians($2))),
                    public.earth() * cos(radians($1)) * sin(radians($2))), public.earth() * sin(radians($1)))::public.earth';

                DO $$
                BEGIN
                  CREATE OR REPLACE FUNCTION public.fixed_unaccent(regdictionary, text)
                    RETURNS text LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT AS '$libdir/unaccent', 'unaccent_dict';
                  CREATE OR REPLACE FUNCTION music.fold_accents(text)
                    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
                  $body$ SELECT public.fixed_unaccent(regdictionary 'public.unaccent', $1) $body$;
                EXCEPTION
                  WHEN insufficient_privilege THEN
                    CREATE OR REPLACE FUNCTION music.fold_accents(text)
                      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
                    $body$ SELECT public.unaccent('public.unaccent', $1) $body$;
                END
                $$;
                """);
    }

    static String collations() {
        return script(MultiSchemaCatalog.SEARCH_PATH.replace(",", ", "), """
                CREATE COLLATION music_sort (
                    provider = icu,
                    locale = '@colCaseFirst=upper;colNumeric=yes'
                );
                """);
    }

    static String searchConfiguration() {
        return script("music, public", """
                CREATE TEXT SEARCH DICTIONARY music_stem (TEMPLATE = snowball, LANGUAGE = english);
                CREATE TEXT SEARCH CONFIGURATION music_simple (COPY = pg_catalog.simple);
                ALTER TEXT SEARCH CONFIGURATION music_simple
                    ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart
                    WITH unaccent, simple;
                CREATE TEXT SEARCH CONFIGURATION music_english (COPY = pg_catalog.english);
                ALTER TEXT SEARCH CONFIGURATION music_english
                    ALTER MAPPING FOR asciiword, word WITH unaccent, music_stem;
                """);
    }

    static void phases(Map<String, String> files) {
        files.put("CreateTypes.sql", script(null, types()));
        files.put("CreateTables.sql", script(null, CatalogTables.shared() + CatalogTables.entities()) + "\n\\ir tables/links.sql\n");
        files.put("tables/links.sql", script(null, CatalogTables.links()));
        files.put("CreatePrimaryKeys.sql", script(null, CatalogTables.primaryKeys()));
        files.put("CreateFunctions.sql", script(null, CatalogRoutines.functions()));
        files.put("CreateIndexes.sql", script(null, CatalogTables.indexes()) + "\n\\i indexes/links.sql\n");
        files.put("indexes/links.sql", script(null, linkIndexes()));
        files.put("CreateSearchIndexes.sql", script(null, searchIndexes()));
        files.put("CreateFKConstraints.sql", script(null, CatalogTables.foreignKeys()) + "\n\\ir fk/links.sql\n");
        files.put("fk/links.sql", script(null, linkForeignKeys()));
        files.put("CreateConstraints.sql", script(null, CatalogRoutines.checks()));
        files.put("CreateViews.sql", script(null, CatalogRoutines.views()));
        files.put("CreateTriggers.sql", script(null, CatalogRoutines.triggers()));
    }

    private static String types() {
        StringBuilder sql = new StringBuilder("""
                CREATE TYPE cover_art_presence AS ENUM ('absent', 'present', 'darkened');
                CREATE TYPE event_art_presence AS ENUM ('absent', 'present', 'darkened');
                CREATE TYPE edit_note_status AS ENUM ('deleted', 'edited');
                CREATE TYPE fluency AS ENUM (
                    'basic',
                    'intermediate',
                    'advanced',
                    'native'
                );
                CREATE DOMAIN positive_count AS INTEGER CHECK (VALUE >= 0);
                """);
        sql.append("CREATE TYPE taggable_entity_type AS ENUM (");
        for (int i = 0; i < ENTITIES.size(); i++) {
            sql.append(i == 0 ? "\n    '" : ",\n    '").append(ENTITIES.get(i)).append('\'');
        }
        return sql.append("\n);\n").toString();
    }

    private static String linkIndexes() {
        StringBuilder sql = new StringBuilder();
        for (String[] pair : pairs()) {
            String table = link(pair[0], pair[1]);
            sql.append("CREATE UNIQUE INDEX ").append(table).append("_idx_uniq ON ").append(table)
                    .append(" (entity0, entity1, link, link_order);\n");
            sql.append("CREATE INDEX ").append(table).append("_idx_entity1 ON ").append(table).append(" (entity1);\n");
        }
        return sql.toString();
    }

    private static String searchIndexes() {
        StringBuilder sql = new StringBuilder();
        for (String entity : ENTITIES) {
            sql.append("CREATE INDEX ").append(entity).append("_idx_txt ON ").append(entity)
                    .append(" USING gin(music.simple_tsvector(name));\n");
            sql.append("CREATE INDEX ").append(entity).append("_alias_idx_txt ON ").append(entity)
                    .append("_alias USING gin(music.simple_tsvector(name));\n");
        }
        sql.append("CREATE INDEX annotation_idx_txt ON annotation USING gin(to_tsvector('music.music_english', coalesce(text, '')));\n");
        return sql.toString();
    }

    private static String linkForeignKeys() {
        StringBuilder sql = new StringBuilder();
        for (String[] pair : pairs()) {
            String table = link(pair[0], pair[1]);
            CatalogTables.foreignKey(sql, table, "link", "link", "");
            CatalogTables.foreignKey(sql, table, "entity0", pair[0], "");
            CatalogTables.foreignKey(sql, table, "entity1", pair[1], "");
        }
        return sql.toString();
    }
}
