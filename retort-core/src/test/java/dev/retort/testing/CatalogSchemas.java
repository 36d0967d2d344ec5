package dev.retort.testing;

import static dev.retort.testing.CatalogTables.foreignKey;
import static dev.retort.testing.CatalogTables.primaryKey;
import static dev.retort.testing.CatalogTables.table;
import static dev.retort.testing.MultiSchemaCatalog.ENTITIES;
import static dev.retort.testing.MultiSchemaCatalog.link;
import static dev.retort.testing.MultiSchemaCatalog.pairs;
import static dev.retort.testing.MultiSchemaCatalog.script;

import java.util.Map;

/** The files of {@link MultiSchemaCatalog}'s schemas other than the main one. Stateless. */
final class CatalogSchemas {

    private CatalogSchemas() {
    }

    static void phases(Map<String, String> files) {
        art(files, "cover_art", "release", "cover_art_presence");
        art(files, "event_art", "event", "event_art_presence");
        documentation(files);
        jsonDump(files);
        files.put("report/CreateTables.sql", """
                BEGIN;

                SET search_path = report;

                CREATE TABLE report.index (
                    report_name TEXT NOT NULL PRIMARY KEY,
                    generated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
                );

                COMMIT;
                """);
        sitemaps(files);
        files.put("statistics/CreateTables.sql", """
                SET search_path = 'statistics';

                BEGIN;

                CREATE TABLE statistic (
                    id              SERIAL,
                    name            VARCHAR(100) NOT NULL,
                    value           INTEGER NOT NULL,
                    date_collected  DATE NOT NULL DEFAULT NOW()
                );

                CREATE TABLE statistic_event (
                    date            DATE NOT NULL CHECK (date >= '2000-07-09'),
                    title           TEXT NOT NULL,
                    link            TEXT NOT NULL,
                    description     TEXT NOT NULL
                );

                COMMIT;
                """);
        files.put("statistics/CreatePrimaryKeys.sql", script("'statistics'",
                "ALTER TABLE statistic ADD CONSTRAINT statistic_pkey PRIMARY KEY (id);\n"
                        + "ALTER TABLE statistic_event ADD CONSTRAINT statistic_event_pkey PRIMARY KEY (date);\n"));
        files.put("statistics/CreateIndexes.sql", script("'statistics'",
                "CREATE UNIQUE INDEX statistic_name_date_collected ON statistic (name, date_collected);\n"));
        files.put("wikidocs/CreateTables.sql", script("'wikidocs'",
                "CREATE TABLE wikidocs_index (\n    page_name TEXT NOT NULL,\n    revision INTEGER NOT NULL\n);\n"));
        files.put("wikidocs/CreatePrimaryKeys.sql", script("'wikidocs'",
                "ALTER TABLE wikidocs_index ADD CONSTRAINT wikidocs_index_pkey PRIMARY KEY (page_name);\n"));
    }

    /** Artwork of an entity, in a schema of its own that reads and writes the main schema's tables. */
    private static void art(Map<String, String> files, String schema, String entity, String presence) {
        String path = "'" + schema + "'";
        String art = schema;
        StringBuilder tables = new StringBuilder();
        table(tables, "art_type", "id SERIAL NOT NULL", "name TEXT NOT NULL", "parent INTEGER",
                "child_order INTEGER NOT NULL DEFAULT 0", "description TEXT", "gid uuid NOT NULL");
        table(tables, "image_type", "mime_type TEXT NOT NULL", "suffix TEXT NOT NULL");
        table(tables, art, "id BIGINT NOT NULL", entity + " INTEGER NOT NULL", "comment TEXT NOT NULL DEFAULT ''",
                "edit INTEGER NOT NULL", "ordering INTEGER NOT NULL CHECK (ordering > 0)",
                "date_uploaded TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()",
                "edits_pending INTEGER NOT NULL DEFAULT 0 CHECK (edits_pending >= 0)", "mime_type TEXT NOT NULL",
                "filesize INTEGER");
        table(tables, art + "_type", "id BIGINT NOT NULL", "type_id INTEGER NOT NULL");
        StringBuilder keys = new StringBuilder();
        primaryKey(keys, "art_type", "id");
        primaryKey(keys, "image_type", "mime_type");
        primaryKey(keys, art, "id");
        primaryKey(keys, art + "_type", "id, type_id");
        StringBuilder foreign = new StringBuilder();
        foreignKey(foreign, art, entity, "music." + entity, "\n   ON DELETE CASCADE");
        foreignKey(foreign, art, "edit", "music.edit", "");
        foreign.append("ALTER TABLE ").append(art).append("\n   ADD CONSTRAINT ").append(art)
                .append("_fk_mime_type\n   FOREIGN KEY (mime_type)\n   REFERENCES image_type(mime_type);\n\n");
        foreignKey(foreign, art + "_type", "id", art, "\n   ON DELETE CASCADE");
        foreignKey(foreign, art + "_type", "type_id", "art_type", "");
        foreignKey(foreign, "art_type", "parent", "art_type", "");
        if (entity.equals("release")) {
            table(tables, "release_group_cover_art", "release_group INTEGER NOT NULL", "release INTEGER NOT NULL");
            primaryKey(keys, "release_group_cover_art", "release_group");
            foreignKey(foreign, "release_group_cover_art", "release_group", "music.release_group", "");
            foreignKey(foreign, "release_group_cover_art", "release", "music.release", "");
        }
        files.put(schema + "/CreateTables.sql", script(path, tables.toString()));
        files.put(schema + "/CreatePrimaryKeys.sql", script(path, keys.toString()));
        files.put(schema + "/CreateFunctions.sql", """
                BEGIN;

                SET search_path = %1$s;

                CREATE OR REPLACE FUNCTION touch_%2$s_presence() RETURNS trigger AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        IF NOT EXISTS (SELECT 1 FROM %2$s.%2$s WHERE %3$s = OLD.%3$s) THEN
                            UPDATE music.%3$s_meta SET %4$s = 'absent' WHERE id = OLD.%3$s;
                        END IF;
                    ELSE
                        UPDATE music.%3$s_meta SET %4$s = 'present' WHERE id = NEW.%3$s AND %4$s = 'absent';
                    END IF;
                    RETURN NULL;
                END;
                $$ LANGUAGE 'plpgsql';

                CREATE OR REPLACE FUNCTION renumber_%2$s() RETURNS trigger AS $$
                BEGIN
                    UPDATE %2$s SET ordering = numbered.n
                    FROM (SELECT id, row_number() OVER (PARTITION BY %3$s ORDER BY ordering) AS n FROM %2$s) numbered
                    WHERE %2$s.id = numbered.id AND %2$s.ordering <> numbered.n;
                    RETURN NULL;
                END;
                $$ LANGUAGE 'plpgsql';

                COMMIT;
                """.formatted(path, art, entity, presence));
        files.put(schema + "/CreateIndexes.sql", script(path, "CREATE INDEX " + art + "_idx_" + entity + " ON " + art
                + " (" + entity + ");\nCREATE UNIQUE INDEX art_type_idx_gid ON art_type (gid);\n"));
        files.put(schema + "/CreateFKConstraints.sql", script(path, foreign.toString()));
        // the same view name in both artwork schemas: each must be matched to the schema it was made in
        files.put(schema + "/CreateViews.sql", script(path, """
                CREATE OR REPLACE VIEW index_listing AS
                SELECT %1$s.*,
                       (edit.close_time IS NOT NULL) AS approved,
                       %1$s.ordering = 1 AS is_first,
                       array(SELECT art_type.name
                             FROM %1$s.%1$s_type
                             JOIN %1$s.art_type ON %1$s_type.type_id = art_type.id
                             WHERE %1$s_type.id = %1$s.id) AS types
                FROM %1$s.%1$s
                LEFT JOIN music.edit ON edit.id = %1$s.edit;
                """.formatted(art)));
        // unqualified functions: PostgreSQL resolves them under this file's search_path
        files.put(schema + "/CreateTriggers.sql", """
                BEGIN;

                SET search_path = %1$s;

                CREATE TRIGGER update_%2$s_presence AFTER INSERT OR DELETE
                ON %2$s.%2$s
                FOR EACH ROW EXECUTE PROCEDURE touch_%2$s_presence();

                CREATE CONSTRAINT TRIGGER renumber_%2$s AFTER INSERT OR UPDATE OR DELETE
                ON %2$s.%2$s DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE PROCEDURE renumber_%2$s();

                COMMIT;
                """.formatted(path, art));
    }

    private static void documentation(Map<String, String> files) {
        StringBuilder tables = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        StringBuilder foreign = new StringBuilder();
        for (String[] pair : pairs()) {
            String table = link(pair[0], pair[1]) + "_example";
            table(tables, table, "id INTEGER NOT NULL", "published BOOLEAN NOT NULL", "name TEXT NOT NULL");
            primaryKey(keys, table, "id");
            foreignKey(foreign, table, "id", "music." + link(pair[0], pair[1]), "");
        }
        table(tables, "link_type_documentation", "id INTEGER NOT NULL", "documentation TEXT NOT NULL",
                "examples_deleted SMALLINT NOT NULL DEFAULT 0");
        primaryKey(keys, "link_type_documentation", "id");
        foreignKey(foreign, "link_type_documentation", "id", "music.link_type", "");
        files.put("documentation/CreateTables.sql", script("'documentation'", tables.toString()));
        files.put("documentation/CreatePrimaryKeys.sql", script("'documentation'", keys.toString()));
        files.put("documentation/CreateFKConstraints.sql", script("'documentation'", foreign.toString()));
    }

    private static void jsonDump(Map<String, String> files) {
        StringBuilder tables = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        table(tables, "control", "last_processed_replication_sequence INTEGER", "full_json_dump_replication_sequence INTEGER");
        table(tables, "tmp_checked_entities", "id INTEGER NOT NULL", "entity_type VARCHAR(50) NOT NULL");
        table(tables, "deleted_entities", "entity_type VARCHAR(50) NOT NULL", "id INTEGER NOT NULL",
                "replication_sequence INTEGER NOT NULL");
        primaryKey(keys, "deleted_entities", "entity_type, id");
        for (String entity : ENTITIES) {
            table(tables, entity + "_json", "id INTEGER NOT NULL", "replication_sequence INTEGER NOT NULL",
                    "json JSONB NOT NULL", "last_modified TIMESTAMP WITH TIME ZONE");
            primaryKey(keys, entity + "_json", "id, replication_sequence");
        }
        files.put("json_dump/CreateTables.sql", script("json_dump, public", tables.toString()));
        files.put("json_dump/CreatePrimaryKeys.sql", script("json_dump, public", keys.toString()));
        files.put("json_dump/CreateIndexes.sql", script("json_dump", """
                CREATE UNIQUE INDEX tmp_checked_entities_idx_uniq ON tmp_checked_entities (id, entity_type);
                CREATE INDEX deleted_entities_idx_replication_sequence ON deleted_entities (replication_sequence);
                """));
    }

    private static void sitemaps(Map<String, String> files) {
        StringBuilder tables = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        StringBuilder indexes = new StringBuilder();
        StringBuilder foreign = new StringBuilder();
        table(tables, "control", "last_processed_replication_sequence INTEGER",
                "overall_sitemaps_replication_sequence INTEGER", "building_overall_sitemaps BOOLEAN NOT NULL");
        table(tables, "tmp_checked_entities", "id INTEGER NOT NULL", "entity_type VARCHAR(50) NOT NULL");
        for (int i = 0; i < ENTITIES.size(); i++) {
            String entity = ENTITIES.get(i);
            String table = entity + "_lastmod";
            table(tables, table, "id SERIAL", entity + " INTEGER NOT NULL", "page_url VARCHAR(128) NOT NULL",
                    "paginated BOOLEAN NOT NULL", "sitemap_suffix_key VARCHAR(50) NOT NULL", "jsonld_sha1 BYTEA NOT NULL",
                    "last_modified TIMESTAMP WITH TIME ZONE NOT NULL", "replication_sequence INTEGER NOT NULL");
            primaryKey(keys, table, "id");
            indexes.append("CREATE UNIQUE INDEX ").append(table).append("_idx_page_url ON ").append(table).append(" (page_url);\n")
                    .append("CREATE INDEX ").append(table).append("_idx_").append(entity).append(" ON ").append(table)
                    .append(" (").append(entity).append(");\n");
            foreignKey(foreign, table, entity, "music." + entity,
                    "\n   ON DELETE CASCADE" + (i % 2 == 0 ? "\n   DEFERRABLE INITIALLY DEFERRED" : ""));
        }
        indexes.append("CREATE UNIQUE INDEX tmp_checked_entities_idx_uniq ON tmp_checked_entities (id, entity_type);\n");
        files.put("sitemaps/CreateTables.sql", script("'sitemaps'", tables.toString()));
        files.put("sitemaps/CreatePrimaryKeys.sql", script("'sitemaps'", keys.toString()));
        files.put("sitemaps/CreateIndexes.sql", script("'sitemaps'", indexes.toString()));
        files.put("sitemaps/CreateFKConstraints.sql", script("'sitemaps'", foreign.toString()));
    }

    /** A change log in a schema of its own, every name qualified, loaded last under the session's path. */
    static String mirror() {
        return """
                BEGIN;

                CREATE FUNCTION mirror.record_change() RETURNS trigger AS $$
                BEGIN
                    INSERT INTO mirror.pending_data (tablename, op, xid, olddata, newdata)
                    VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, lower(left(TG_OP, 1)), txid_current(),
                            CASE WHEN TG_OP <> 'INSERT' THEN row_to_json(OLD) END,
                            CASE WHEN TG_OP <> 'DELETE' THEN row_to_json(NEW) END);
                    RETURN NULL;
                END;
                $$ LANGUAGE plpgsql;

                CREATE TABLE mirror.pending_keys (
                    tablename   TEXT NOT NULL CONSTRAINT pending_keys_pkey PRIMARY KEY,
                    keys        TEXT[] NOT NULL
                );

                CREATE TABLE mirror.pending_data (
                    seqid       BIGSERIAL NOT NULL CONSTRAINT pending_data_pkey PRIMARY KEY,
                    tablename   TEXT NOT NULL CONSTRAINT tablename_exists CHECK (to_regclass(tablename) IS NOT NULL),
                    op          "char" NOT NULL CONSTRAINT op_valid CHECK (op IN ('i', 'u', 'd')),
                    xid         BIGINT NOT NULL,
                    olddata     JSON,
                    newdata     JSON,
                    trigger_time TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
                );

                CREATE INDEX pending_data_idx_xid_seqid ON mirror.pending_data (xid, seqid);

                CREATE TRIGGER mirror_tag AFTER INSERT OR UPDATE OR DELETE ON music.tag
                    FOR EACH ROW EXECUTE FUNCTION mirror.record_change();

                COMMIT;
                """;
    }
}
