package dev.retort.testing;

import static dev.retort.testing.MultiSchemaCatalog.ENTITIES;
import static dev.retort.testing.MultiSchemaCatalog.link;
import static dev.retort.testing.MultiSchemaCatalog.pairs;

/** Functions, checks, views and triggers of {@link MultiSchemaCatalog}'s main schema. Stateless. */
final class CatalogRoutines {

    private CatalogRoutines() {
    }

    static String functions() {
        StringBuilder sql = new StringBuilder("""
                CREATE OR REPLACE FUNCTION padded_by_whitespace(TEXT) RETURNS boolean AS $$
                  SELECT btrim($1) <> $1;
                $$ LANGUAGE SQL IMMUTABLE SET search_path = music, public;

                -- a check calls this, and this calls the one above: both must exist before the tables
                CREATE OR REPLACE FUNCTION controlled_for_whitespace(TEXT) RETURNS boolean AS $$
                  SELECT NOT padded_by_whitespace($1);
                $$ LANGUAGE SQL IMMUTABLE SET search_path = music, public;

                CREATE OR REPLACE FUNCTION simple_tsvector(input text) RETURNS tsvector AS $$
                  SELECT to_tsvector('music.music_simple', coalesce(input, ''));
                $$ LANGUAGE SQL IMMUTABLE;

                CREATE OR REPLACE FUNCTION middle_of(INTEGER[]) RETURNS INTEGER AS $$
                  SELECT v FROM unnest($1) AS v ORDER BY v LIMIT 1 OFFSET greatest(0, (cardinality($1) - 1) / 2);
                $$ LANGUAGE SQL IMMUTABLE;

                CREATE AGGREGATE middle_value(INTEGER) (
                  SFUNC = array_append,
                  STYPE = INTEGER[],
                  FINALFUNC = middle_of,
                  INITCOND = '{}'
                );

                CREATE OR REPLACE FUNCTION duration_cube(durations INTEGER[]) RETURNS cube AS $$
                  SELECT public.cube(durations::float8[]);
                $$ LANGUAGE SQL IMMUTABLE;

                CREATE OR REPLACE FUNCTION bounding_cube(durations INTEGER[], fuzzy INTEGER) RETURNS cube AS $$
                DECLARE
                    low     float8[] := '{}';
                    high    float8[] := '{}';
                    d       INTEGER;
                BEGIN
                    FOREACH d IN ARRAY durations LOOP
                        low := low || (d - fuzzy)::float8;
                        high := high || (d + fuzzy)::float8;
                    END LOOP;
                    RETURN public.cube(low, high);
                END;
                $$ LANGUAGE 'plpgsql' IMMUTABLE;

                CREATE OR REPLACE FUNCTION tag_rank(tag_id INTEGER) RETURNS BIGINT AS $$
                  SELECT r FROM (SELECT id, rank() OVER (ORDER BY ref_count DESC) AS r FROM tag) ranked WHERE id = tag_id;
                $$ LANGUAGE SQL STABLE;

                CREATE OR REPLACE FUNCTION releases_of(artist_id INTEGER) RETURNS SETOF artist_release_index AS $$
                  SELECT * FROM artist_release_index WHERE artist = artist_id;
                $$ LANGUAGE SQL STABLE;

                CREATE OR REPLACE FUNCTION b_upd_last_updated_table() RETURNS trigger AS $$
                BEGIN
                    NEW.last_updated = NOW();
                    RETURN NEW;
                END;
                $$ LANGUAGE 'plpgsql';

                CREATE OR REPLACE FUNCTION deny_deprecated_links() RETURNS trigger AS $$
                BEGIN
                    IF (SELECT is_deprecated FROM link_type WHERE id = NEW.link_type) THEN
                        RAISE EXCEPTION 'link type % is deprecated', NEW.link_type;
                    END IF;
                    RETURN NEW;
                END;
                $$ LANGUAGE 'plpgsql';

                """);
        for (String entity : ENTITIES) {
            sql.append("CREATE OR REPLACE FUNCTION a_ins_").append(entity).append("() RETURNS trigger AS $$\nBEGIN\n")
                    .append("    INSERT INTO ").append(entity).append("_meta (id) VALUES (NEW.id);\n")
                    .append("    RETURN NULL;\nEND;\n$$ LANGUAGE 'plpgsql';\n\n");
        }
        return sql.toString();
    }

    static String checks() {
        StringBuilder sql = new StringBuilder();
        for (String entity : ENTITIES) {
            sql.append("ALTER TABLE ").append(entity).append(" ADD CHECK (controlled_for_whitespace(comment));\n")
                    .append("ALTER TABLE ").append(entity)
                    .append(" ADD CONSTRAINT control_for_whitespace CHECK (controlled_for_whitespace(name));\n")
                    .append("ALTER TABLE ").append(entity).append("_alias\n")
                    .append("    ADD CONSTRAINT control_for_whitespace CHECK (controlled_for_whitespace(name)),\n")
                    .append("    ADD CONSTRAINT only_non_empty CHECK (name != '');\n");
        }
        for (String[] pair : pairs()) {
            String table = link(pair[0], pair[1]);
            for (String column : new String[] {"entity0_credit", "entity1_credit"}) {
                sql.append("ALTER TABLE ").append(table).append(" ADD CONSTRAINT control_for_whitespace_").append(column)
                        .append(" CHECK (controlled_for_whitespace(").append(column).append("));\n");
            }
        }
        return sql.toString();
    }

    static String views() {
        StringBuilder sql = new StringBuilder("""
                CREATE OR REPLACE VIEW recording_lengths AS
                    SELECT id, length, music.duration_cube(ARRAY[coalesce(length, 0)]) AS toc
                    FROM recording;

                CREATE OR REPLACE VIEW edit_summary AS
                    SELECT editor, count(*) AS edits, middle_value(quality::integer) AS middle_quality
                    FROM edit
                    GROUP BY editor;

                """);
        for (String entity : ENTITIES) {
            sql.append("CREATE OR REPLACE VIEW ").append(entity).append("_tags AS\n")
                    .append("    SELECT ").append(entity).append(".id, ").append(entity).append(".name,\n")
                    .append("           array_agg(tag.name ORDER BY tag.name) FILTER (WHERE tag.id IS NOT NULL) AS tags\n")
                    .append("    FROM ").append(entity).append('\n')
                    .append("    LEFT JOIN ").append(entity).append("_tag ON ").append(entity).append("_tag.").append(entity)
                    .append(" = ").append(entity).append(".id\n")
                    .append("    LEFT JOIN tag ON tag.id = ").append(entity).append("_tag.tag\n")
                    .append("    GROUP BY ").append(entity).append(".id, ").append(entity).append(".name;\n\n");
        }
        return sql.toString();
    }

    static String triggers() {
        StringBuilder sql = new StringBuilder("""
                CREATE TRIGGER b_upd_link_type BEFORE UPDATE ON link_type
                    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE PROCEDURE b_upd_last_updated_table();

                CREATE CONSTRAINT TRIGGER deny_deprecated AFTER UPDATE OR INSERT ON link
                    DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW EXECUTE PROCEDURE deny_deprecated_links();

                """);
        for (String entity : ENTITIES) {
            sql.append("CREATE TRIGGER b_upd_").append(entity).append(" BEFORE UPDATE ON ").append(entity)
                    .append("\n    FOR EACH ROW EXECUTE PROCEDURE b_upd_last_updated_table();\n")
                    .append("CREATE TRIGGER a_ins_").append(entity).append(" AFTER INSERT ON ").append(entity)
                    .append("\n    FOR EACH ROW EXECUTE PROCEDURE a_ins_").append(entity).append("();\n")
                    .append("CREATE TRIGGER b_upd_").append(entity).append("_alias BEFORE UPDATE ON ").append(entity)
                    .append("_alias\n    FOR EACH ROW EXECUTE PROCEDURE b_upd_last_updated_table();\n\n");
        }
        for (String[] pair : pairs()) {
            String table = link(pair[0], pair[1]);
            sql.append("CREATE TRIGGER b_upd_").append(table).append(" BEFORE UPDATE ON ").append(table)
                    .append("\n    FOR EACH ROW EXECUTE PROCEDURE b_upd_last_updated_table();\n");
        }
        return sql.toString();
    }
}
