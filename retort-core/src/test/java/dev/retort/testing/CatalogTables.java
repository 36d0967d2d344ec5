package dev.retort.testing;

import static dev.retort.testing.MultiSchemaCatalog.ENTITIES;
import static dev.retort.testing.MultiSchemaCatalog.link;
import static dev.retort.testing.MultiSchemaCatalog.pairs;

import java.util.List;

/** Tables, keys and indexes of {@link MultiSchemaCatalog}'s main schema. Stateless. */
final class CatalogTables {

    /** The tables every entity has besides its own, with the primary key of each. */
    private static final List<String[]> FAMILY = List.of(
            new String[] {"%s_type", "id"}, new String[] {"%s_alias_type", "id"}, new String[] {"%s_alias", "id"},
            new String[] {"%s_annotation", "%s, annotation"}, new String[] {"%s_tag", "%s, tag"},
            new String[] {"%s_tag_raw", "%s, editor, tag"}, new String[] {"%s_gid_redirect", "gid"},
            new String[] {"%s_meta", "id"}, new String[] {"%s_rating_raw", "%s, editor"},
            new String[] {"edit_%s", "edit, %s"}, new String[] {"%s_attribute_type", "id"}, new String[] {"%s_attribute", "id"});

    private CatalogTables() {
    }

    static String shared() {
        return """
                CREATE TABLE editor (
                    id                  SERIAL,
                    name                VARCHAR(64) NOT NULL,
                    privs               INTEGER DEFAULT 0,
                    email               VARCHAR(64) DEFAULT NULL,
                    member_since        TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
                    deleted             BOOLEAN NOT NULL DEFAULT FALSE,
                    area                INTEGER
                );

                CREATE TABLE language (
                    id                  SERIAL,
                    iso_code_3          CHAR(3),
                    name                VARCHAR(100) NOT NULL,
                    frequency           SMALLINT NOT NULL DEFAULT 0
                );

                CREATE TABLE editor_language (
                    editor              INTEGER NOT NULL, -- PK
                    language            INTEGER NOT NULL, -- PK
                    fluency             FLUENCY NOT NULL
                );

                CREATE TABLE edit (
                    id                  SERIAL,
                    editor              INTEGER NOT NULL,
                    type                SMALLINT NOT NULL,
                    status              SMALLINT NOT NULL,
                    autoedit            SMALLINT NOT NULL DEFAULT 0,
                    open_time           TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
                    close_time          TIMESTAMP WITH TIME ZONE,
                    expire_time         TIMESTAMP WITH TIME ZONE NOT NULL,
                    language            INTEGER,
                    quality             SMALLINT NOT NULL DEFAULT 1
                );

                CREATE TABLE edit_data (
                    edit                INTEGER NOT NULL, -- PK
                    data                JSONB NOT NULL
                );

                CREATE TABLE edit_note (
                    id                  SERIAL,
                    editor              INTEGER NOT NULL,
                    edit                INTEGER NOT NULL,
                    text                TEXT NOT NULL,
                    post_time           TIMESTAMP WITH TIME ZONE DEFAULT NOW()
                );

                CREATE TABLE edit_note_change (
                    id                  SERIAL,
                    status              EDIT_NOTE_STATUS,
                    edit_note           INTEGER NOT NULL,
                    change_editor       INTEGER NOT NULL,
                    change_time         TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
                    old_note            TEXT NOT NULL,
                    new_note            TEXT NOT NULL,
                    reason              TEXT NOT NULL DEFAULT ''
                );

                CREATE TABLE tag (
                    id                  SERIAL,
                    name                VARCHAR(255) NOT NULL,
                    ref_count           POSITIVE_COUNT NOT NULL DEFAULT 0
                );

                CREATE TABLE annotation (
                    id                  SERIAL,
                    editor              INTEGER NOT NULL,
                    text                TEXT,
                    changelog           VARCHAR(255),
                    created             TIMESTAMP WITH TIME ZONE DEFAULT NOW()
                );

                CREATE TABLE link_type (
                    id                  SERIAL,
                    parent              INTEGER,
                    child_order         INTEGER NOT NULL DEFAULT 0,
                    gid                 UUID NOT NULL,
                    entity_type0        VARCHAR(50),
                    entity_type1        VARCHAR(50),
                    name                VARCHAR(255) NOT NULL,
                    description         TEXT,
                    link_phrase         VARCHAR(255) NOT NULL,
                    is_deprecated       BOOLEAN NOT NULL DEFAULT false,
                    last_updated        TIMESTAMP WITH TIME ZONE DEFAULT NOW()
                );

                CREATE TABLE link (
                    id                  SERIAL,
                    link_type           INTEGER NOT NULL,
                    begin_date_year     SMALLINT,
                    begin_date_month    SMALLINT,
                    begin_date_day      SMALLINT,
                    end_date_year       SMALLINT,
                    end_date_month      SMALLINT,
                    end_date_day        SMALLINT,
                    attribute_count     INTEGER NOT NULL DEFAULT 0,
                    created             TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
                    ended               BOOLEAN NOT NULL DEFAULT FALSE
                      CONSTRAINT link_ended_check CHECK (
                        (
                          (end_date_year IS NOT NULL OR end_date_month IS NOT NULL OR end_date_day IS NOT NULL) AND ended = TRUE
                        ) OR (
                          (end_date_year IS NULL AND end_date_month IS NULL AND end_date_day IS NULL)
                        )
                      )
                );

                CREATE TABLE link_attribute_type (
                    id                  SERIAL,
                    parent              INTEGER,
                    root                INTEGER NOT NULL,
                    child_order         INTEGER NOT NULL DEFAULT 0,
                    gid                 UUID NOT NULL,
                    name                VARCHAR(255) NOT NULL,
                    description         TEXT,
                    last_updated        TIMESTAMP WITH TIME ZONE DEFAULT NOW()
                );

                CREATE TABLE link_attribute (
                    link                INTEGER NOT NULL, -- PK
                    attribute_type      INTEGER NOT NULL, -- PK
                    created             TIMESTAMP WITH TIME ZONE DEFAULT NOW()
                );

                CREATE TABLE replication_control (
                    id                              SERIAL,
                    current_schema_sequence         INTEGER NOT NULL,
                    current_replication_sequence    INTEGER,
                    last_replication_date           TIMESTAMP WITH TIME ZONE
                );

                CREATE TABLE medium_index (
                    medium              INTEGER, -- PK
                    toc                 CUBE
                );

                CREATE TABLE artist_release_index (
                    is_track_artist     BOOLEAN NOT NULL,
                    artist              INTEGER NOT NULL,
                    first_release_date  INTEGER,
                    catalog_numbers     TEXT[],
                    country_code        CHAR(2),
                    barcode             BIGINT,
                    sort_character      CHAR(1) COLLATE music_sort NOT NULL,
                    release             INTEGER NOT NULL
                ) PARTITION BY LIST (is_track_artist);

                CREATE TABLE artist_release_index_own
                    PARTITION OF artist_release_index FOR VALUES IN (FALSE);

                CREATE TABLE artist_release_index_track
                    PARTITION OF artist_release_index FOR VALUES IN (TRUE);

                """;
    }

    static String entities() {
        StringBuilder sql = new StringBuilder();
        for (String entity : ENTITIES) {
            sql.append(typeTable(entity + "_type")).append(typeTable(entity + "_alias_type"));
            sql.append("CREATE TABLE ").append(entity).append(" (\n")
                    .append("    id                  SERIAL,\n")
                    .append("    gid                 UUID NOT NULL,\n")
                    .append("    name                VARCHAR COLLATE music_sort NOT NULL,\n")
                    .append("    sort_name           VARCHAR NOT NULL,\n")
                    .append("    type                INTEGER,\n")
                    .append("    comment             VARCHAR(255) NOT NULL DEFAULT '',\n")
                    .append("    edits_pending       INTEGER NOT NULL DEFAULT 0 CHECK (edits_pending >= 0),\n")
                    .append("    last_updated        TIMESTAMP WITH TIME ZONE DEFAULT NOW(),\n")
                    .append(switch (entity) {
                        case "place" -> "    coordinates         POINT,\n";
                        case "recording" -> "    length              INTEGER CHECK (length IS NULL OR length > 0),\n"
                                + "    video               BOOLEAN NOT NULL DEFAULT FALSE,\n";
                        default -> "";
                    })
                    .append("    begin_date_year     SMALLINT,\n")
                    .append("    end_date_year       SMALLINT,\n")
                    .append("    ended               BOOLEAN NOT NULL DEFAULT FALSE\n")
                    .append("      CONSTRAINT ").append(entity).append("_ended_check CHECK (\n")
                    .append("        (end_date_year IS NOT NULL AND ended = TRUE) OR end_date_year IS NULL)\n);\n\n");
            sql.append("CREATE TABLE ").append(entity).append("_alias (\n")
                    .append("    id                  SERIAL,\n")
                    .append("    ").append(entity).append(" INTEGER NOT NULL,\n")
                    .append("    name                VARCHAR NOT NULL,\n")
                    .append("    locale              TEXT,\n")
                    .append("    edits_pending       INTEGER NOT NULL DEFAULT 0 CHECK (edits_pending >= 0),\n")
                    .append("    last_updated        TIMESTAMP WITH TIME ZONE DEFAULT NOW(),\n")
                    .append("    type                INTEGER,\n")
                    .append("    sort_name           VARCHAR NOT NULL,\n")
                    .append("    primary_for_locale  BOOLEAN NOT NULL DEFAULT false,\n")
                    .append("    CONSTRAINT primary_check CHECK ((locale IS NULL AND primary_for_locale IS FALSE) OR (locale IS NOT NULL))\n);\n\n");
            table(sql, entity + "_annotation", entity + " INTEGER NOT NULL", "annotation INTEGER NOT NULL");
            table(sql, entity + "_tag", entity + " INTEGER NOT NULL", "tag INTEGER NOT NULL", "count INTEGER NOT NULL",
                    "last_updated TIMESTAMP WITH TIME ZONE DEFAULT NOW()");
            table(sql, entity + "_tag_raw", entity + " INTEGER NOT NULL", "editor INTEGER NOT NULL", "tag INTEGER NOT NULL",
                    "is_upvote BOOLEAN NOT NULL DEFAULT TRUE");
            table(sql, entity + "_gid_redirect", "gid UUID NOT NULL", "new_id INTEGER NOT NULL",
                    "created TIMESTAMP WITH TIME ZONE DEFAULT NOW()");
            table(sql, entity + "_meta", "id INTEGER NOT NULL", "rating SMALLINT CHECK (rating >= 0 AND rating <= 100)",
                    "rating_count INTEGER" + switch (entity) {
                        case "release" -> ",\n    cover_art_presence COVER_ART_PRESENCE NOT NULL DEFAULT 'absent'";
                        case "event" -> ",\n    event_art_presence EVENT_ART_PRESENCE NOT NULL DEFAULT 'absent'";
                        default -> "";
                    });
            table(sql, entity + "_rating_raw", entity + " INTEGER NOT NULL", "editor INTEGER NOT NULL",
                    "rating SMALLINT NOT NULL CHECK (rating >= 0 AND rating <= 100)");
            table(sql, "edit_" + entity, "edit INTEGER NOT NULL", entity + " INTEGER NOT NULL");
            table(sql, entity + "_attribute_type", "id SERIAL", "name VARCHAR(255) NOT NULL",
                    "comment VARCHAR(255) NOT NULL DEFAULT ''", "free_text BOOLEAN NOT NULL", "parent INTEGER",
                    "child_order INTEGER NOT NULL DEFAULT 0", "description TEXT", "gid uuid NOT NULL");
            table(sql, entity + "_attribute", "id SERIAL", entity + " INTEGER NOT NULL",
                    entity + "_attribute_type INTEGER NOT NULL", entity + "_attribute_text TEXT");
        }
        return sql.toString();
    }

    static String links() {
        StringBuilder sql = new StringBuilder();
        for (String[] pair : pairs()) {
            table(sql, link(pair[0], pair[1]), "id SERIAL", "link INTEGER NOT NULL", "entity0 INTEGER NOT NULL",
                    "entity1 INTEGER NOT NULL", "edits_pending INTEGER NOT NULL DEFAULT 0 CHECK (edits_pending >= 0)",
                    "last_updated TIMESTAMP WITH TIME ZONE DEFAULT NOW()",
                    "link_order INTEGER NOT NULL DEFAULT 0 CHECK (link_order >= 0)",
                    "entity0_credit TEXT NOT NULL DEFAULT ''", "entity1_credit TEXT NOT NULL DEFAULT ''");
        }
        return sql.toString();
    }

    static String primaryKeys() {
        StringBuilder sql = new StringBuilder();
        for (String table : List.of("editor", "language", "edit", "edit_note", "edit_note_change", "tag", "annotation",
                "link_type", "link", "link_attribute_type", "replication_control")) {
            primaryKey(sql, table, "id");
        }
        primaryKey(sql, "editor_language", "editor, language");
        primaryKey(sql, "edit_data", "edit");
        primaryKey(sql, "link_attribute", "link, attribute_type");
        primaryKey(sql, "medium_index", "medium");
        for (String entity : ENTITIES) {
            primaryKey(sql, entity, "id");
            for (String[] member : FAMILY) {
                primaryKey(sql, member[0].formatted(entity), member[1].replace("%s", entity));
            }
        }
        for (String[] pair : pairs()) {
            primaryKey(sql, link(pair[0], pair[1]), "id");
        }
        return sql.toString();
    }

    static String indexes() {
        StringBuilder sql = new StringBuilder("""
                CREATE UNIQUE INDEX editor_idx_name ON editor (LOWER(name));
                CREATE INDEX editor_idx_deleted ON editor (id) WHERE deleted;
                CREATE UNIQUE INDEX language_idx_iso_code_3 ON language (iso_code_3);
                CREATE INDEX edit_idx_editor_open_time ON edit (editor, open_time DESC);
                CREATE INDEX edit_idx_status_id ON edit (status, id) WHERE status <> 2;
                CREATE INDEX edit_idx_open_time ON edit USING BRIN (open_time);
                CREATE INDEX edit_idx_close_time ON edit USING BRIN (close_time);
                CREATE INDEX edit_data_idx_data ON edit_data USING GIN (data);
                CREATE INDEX edit_note_idx_edit ON edit_note (edit);
                CREATE UNIQUE INDEX tag_idx_name ON tag (name);
                CREATE UNIQUE INDEX link_type_idx_gid ON link_type (gid);
                CREATE INDEX link_idx_type_attr ON link (link_type, attribute_count);
                CREATE UNIQUE INDEX link_attribute_type_idx_gid ON link_attribute_type (gid);
                CREATE INDEX medium_index_idx ON medium_index USING gist (toc);
                CREATE INDEX place_idx_geo ON place USING gist (music.geo_point(coordinates[0], coordinates[1])) WHERE coordinates IS NOT NULL;
                CREATE INDEX artist_release_index_own_idx_sort ON artist_release_index_own (artist, first_release_date NULLS LAST,
                    catalog_numbers NULLS LAST, country_code NULLS LAST, barcode NULLS LAST, sort_character, release);
                CREATE INDEX artist_release_index_track_idx_sort ON artist_release_index_track (artist, first_release_date NULLS LAST,
                    catalog_numbers NULLS LAST, country_code NULLS LAST, barcode NULLS LAST, sort_character, release);
                CREATE UNIQUE INDEX artist_release_index_own_idx_uniq ON artist_release_index_own (release, artist);
                CREATE UNIQUE INDEX artist_release_index_track_idx_uniq ON artist_release_index_track (release, artist);
                """);
        for (String entity : ENTITIES) {
            sql.append("CREATE UNIQUE INDEX ").append(entity).append("_idx_gid ON ").append(entity).append(" (gid);\n")
                    .append("CREATE INDEX ").append(entity).append("_idx_name ON ").append(entity).append(" (name);\n")
                    .append("CREATE INDEX ").append(entity).append("_idx_sort_name ON ").append(entity)
                    .append(" (sort_name COLLATE music_sort, id);\n")
                    .append("CREATE UNIQUE INDEX ").append(entity).append("_idx_null_comment ON ").append(entity)
                    .append(" (name) WHERE comment = '';\n")
                    .append("CREATE UNIQUE INDEX ").append(entity).append("_idx_uniq_name_comment ON ").append(entity)
                    .append(" (name, comment) WHERE comment <> '';\n")
                    .append("CREATE INDEX ").append(entity).append("_idx_lower_name ON ").append(entity).append(" (lower(name));\n")
                    .append("CREATE UNIQUE INDEX ").append(entity).append("_alias_idx_primary ON ").append(entity).append("_alias (")
                    .append(entity).append(", locale) WHERE primary_for_locale = TRUE AND locale IS NOT NULL;\n")
                    .append("CREATE INDEX ").append(entity).append("_alias_idx_").append(entity).append(" ON ").append(entity)
                    .append("_alias (").append(entity).append(");\n")
                    .append("CREATE INDEX ").append(entity).append("_tag_idx_tag ON ").append(entity).append("_tag (tag);\n")
                    .append("CREATE INDEX ").append(entity).append("_gid_redirect_idx_new_id ON ").append(entity)
                    .append("_gid_redirect (new_id);\n")
                    .append("CREATE INDEX edit_").append(entity).append("_idx ON edit_").append(entity).append(" USING HASH (")
                    .append(entity).append(");\n")
                    .append("CREATE UNIQUE INDEX ").append(entity).append("_type_idx_gid ON ").append(entity).append("_type (gid);\n")
                    .append("CREATE INDEX ").append(entity).append("_rating_raw_idx_editor ON ").append(entity)
                    .append("_rating_raw (editor);\n");
        }
        return sql.toString();
    }

    static String foreignKeys() {
        StringBuilder sql = new StringBuilder();
        foreignKey(sql, "editor", "area", "area", "");
        foreignKey(sql, "editor_language", "editor", "editor", "");
        foreignKey(sql, "editor_language", "language", "language", "");
        foreignKey(sql, "edit", "editor", "editor", "");
        foreignKey(sql, "edit", "language", "language", "");
        foreignKey(sql, "edit_data", "edit", "edit", "");
        foreignKey(sql, "edit_note", "editor", "editor", "");
        foreignKey(sql, "edit_note", "edit", "edit", "");
        foreignKey(sql, "edit_note_change", "edit_note", "edit_note", "");
        foreignKey(sql, "edit_note_change", "change_editor", "editor", "");
        foreignKey(sql, "annotation", "editor", "editor", "");
        foreignKey(sql, "link_type", "parent", "link_type", "");
        foreignKey(sql, "link", "link_type", "link_type", "");
        foreignKey(sql, "link_attribute_type", "parent", "link_attribute_type", "");
        foreignKey(sql, "link_attribute_type", "root", "link_attribute_type", "");
        foreignKey(sql, "link_attribute", "link", "link", "");
        foreignKey(sql, "link_attribute", "attribute_type", "link_attribute_type", "");
        foreignKey(sql, "medium_index", "medium", "medium", "\n   ON DELETE CASCADE");
        foreignKey(sql, "artist_release_index", "artist", "artist", "\n   ON DELETE CASCADE");
        foreignKey(sql, "artist_release_index", "release", "release", "\n   ON DELETE CASCADE");
        for (String entity : ENTITIES) {
            foreignKey(sql, entity, "type", entity + "_type", "");
            foreignKey(sql, entity + "_type", "parent", entity + "_type", "");
            foreignKey(sql, entity + "_alias_type", "parent", entity + "_alias_type", "");
            foreignKey(sql, entity + "_alias", entity, entity, "");
            foreignKey(sql, entity + "_alias", "type", entity + "_alias_type", "");
            foreignKey(sql, entity + "_annotation", entity, entity, "");
            foreignKey(sql, entity + "_annotation", "annotation", "annotation", "");
            foreignKey(sql, entity + "_tag", entity, entity, "");
            foreignKey(sql, entity + "_tag", "tag", "tag", "");
            foreignKey(sql, entity + "_tag_raw", entity, entity, "");
            foreignKey(sql, entity + "_tag_raw", "editor", "editor", "");
            foreignKey(sql, entity + "_tag_raw", "tag", "tag", "");
            foreignKey(sql, entity + "_gid_redirect", "new_id", entity, "");
            foreignKey(sql, entity + "_meta", "id", entity, "\n   ON DELETE CASCADE");
            foreignKey(sql, entity + "_rating_raw", entity, entity, "");
            foreignKey(sql, entity + "_rating_raw", "editor", "editor", "");
            foreignKey(sql, "edit_" + entity, "edit", "edit", "");
            foreignKey(sql, "edit_" + entity, entity, entity, "\n   ON DELETE CASCADE");
            foreignKey(sql, entity + "_attribute_type", "parent", entity + "_attribute_type", "");
            foreignKey(sql, entity + "_attribute", entity, entity, "");
            foreignKey(sql, entity + "_attribute", entity + "_attribute_type", entity + "_attribute_type", "");
        }
        return sql.toString();
    }

    /** {@code ALTER TABLE … ADD CONSTRAINT table_fk_column …} to the referenced table's {@code id}. */
    static void foreignKey(StringBuilder sql, String table, String column, String referenced, String tail) {
        sql.append("ALTER TABLE ").append(table).append("\n   ADD CONSTRAINT ").append(table).append("_fk_").append(column)
                .append("\n   FOREIGN KEY (").append(column).append(")\n   REFERENCES ").append(referenced).append("(id)")
                .append(tail).append(";\n\n");
    }

    static void primaryKey(StringBuilder sql, String table, String columns) {
        sql.append("ALTER TABLE ").append(table).append(" ADD CONSTRAINT ").append(table).append("_pkey PRIMARY KEY (")
                .append(columns).append(");\n");
    }

    static void table(StringBuilder sql, String name, String... columns) {
        sql.append("CREATE TABLE ").append(name).append(" (\n    ").append(String.join(",\n    ", columns)).append("\n);\n\n");
    }

    private static String typeTable(String name) {
        StringBuilder sql = new StringBuilder();
        table(sql, name, "id SERIAL", "name VARCHAR(255) NOT NULL", "parent INTEGER", "child_order INTEGER NOT NULL DEFAULT 0",
                "description TEXT", "gid uuid NOT NULL");
        return sql.toString();
    }
}
