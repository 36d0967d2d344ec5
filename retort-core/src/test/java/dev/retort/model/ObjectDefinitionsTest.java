package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which statement of a SQL model created which view, trigger, routine, sequence or type. */
class ObjectDefinitionsTest {

    private static final String MYSQL_TRIGGER = """
            CREATE DEFINER=`root`@`localhost` TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN
                INSERT INTO film_text (film_id, title) VALUES (new.film_id, 'it\\'s');
              END""";

    private static SchemaObject find(Schema schema, SchemaObject.Kind kind, String name) {
        return schema.objects(kind).stream().filter(object -> object.name().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachObjectGetsTheStatementsThatCreatedIt() {
        ObjectDefinitions definitions = new ObjectDefinitions();
        List<String> statements = List.of(
                "CREATE TABLE film (film_id int, rating mpaa_rating)",
                "CREATE TYPE public.mpaa_rating AS ENUM ('G', 'PG')",
                "CREATE OR REPLACE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW film_list AS SELECT film_id FROM film",
                "CREATE SEQUENCE IF NOT EXISTS \"Film_Seq\" START 10",
                MYSQL_TRIGGER,
                "CREATE TRIGGER last_updated BEFORE UPDATE ON public.actor FOR EACH ROW EXECUTE FUNCTION last_updated()",
                "CREATE TRIGGER last_updated BEFORE UPDATE ON public.film FOR EACH ROW EXECUTE FUNCTION last_updated()",
                "CREATE FUNCTION f(a integer) RETURNS integer AS $$ SELECT a $$ LANGUAGE sql",
                "CREATE FUNCTION f(a text) RETURNS text AS $$ SELECT a $$ LANGUAGE sql",
                "CREATE MATERIALIZED VIEW rental_by_category AS SELECT 1",
                "CREATE UNIQUE INDEX IF NOT EXISTS rental_category ON public.rental_by_category USING btree (category)",
                "CREATE INDEX ix_film_rating ON film (rating)",
                "COMMENT ON VIEW film_list IS 'films'",
                "ALTER SEQUENCE Film_Seq OWNED BY film.film_id");
        statements.forEach(definitions::offer);
        Table film = new Table(QualifiedName.of("film"), List.of(Column.of("film_id", ColumnType.IntegerType.of(4), false),
                Column.of("rating", new ColumnType.UserDefinedType(QualifiedName.of("mpaa_rating"), ColumnType.UserDefinedType.Kind.ENUM), true)),
                new PrimaryKey(null, List.of("film_id")), List.of(), List.of(), List.of(), List.of(), null);
        Schema reflected = new Schema(List.of(film), List.of(
                SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("film_list")),
                SchemaObject.of(SchemaObject.Kind.SEQUENCE, QualifiedName.of("film_seq")),
                new SchemaObject(SchemaObject.Kind.TRIGGER, QualifiedName.of("ins_film"), QualifiedName.of("film")),
                new SchemaObject(SchemaObject.Kind.TRIGGER, QualifiedName.of("last_updated"), QualifiedName.of("film")),
                SchemaObject.of(SchemaObject.Kind.FUNCTION, QualifiedName.of("f")),
                SchemaObject.of(SchemaObject.Kind.MATERIALIZED_VIEW, QualifiedName.of("rental_by_category")),
                SchemaObject.of(SchemaObject.Kind.PROCEDURE, QualifiedName.of("unknown_one"))));
        Schema schema = definitions.attach(reflected);
        assertEquals(statements.get(2), find(schema, SchemaObject.Kind.VIEW, "film_list").definition());
        assertEquals(statements.get(3), find(schema, SchemaObject.Kind.SEQUENCE, "film_seq").definition());
        assertEquals(MYSQL_TRIGGER, find(schema, SchemaObject.Kind.TRIGGER, "ins_film").definition());
        assertEquals(statements.get(6), find(schema, SchemaObject.Kind.TRIGGER, "last_updated").definition());
        assertEquals(statements.get(7) + ";\n\n" + statements.get(8), find(schema, SchemaObject.Kind.FUNCTION, "f").definition());
        // a materialized view's indexes go with it; a table's are the table's
        assertEquals(statements.get(9) + ";\n\n" + statements.get(10),
                find(schema, SchemaObject.Kind.MATERIALIZED_VIEW, "rental_by_category").definition());
        assertNull(find(schema, SchemaObject.Kind.PROCEDURE, "unknown_one").definition());
        // the readers list no types: the one a column uses is added, with its statement
        assertEquals(statements.get(1), find(schema, SchemaObject.Kind.TYPE, "mpaa_rating").definition());
        assertEquals(8, schema.objects().size());
    }

    @Test
    void aggregatesAndExtensionsAreObjectsButMariadbAggregateFunctionsAreFunctions() {
        ObjectDefinitions definitions = new ObjectDefinitions();
        List<String> statements = List.of(
                "CREATE AGGREGATE public.group_concat(text) (SFUNC = _group_concat, STYPE = text)",
                "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
                "CREATE AGGREGATE FUNCTION agg_sum(x INT) RETURNS INT BEGIN RETURN x; END",
                "COMMENT ON EXTENSION pg_trgm IS 'trigrams'");
        statements.forEach(definitions::offer);
        Schema schema = definitions.attach(new Schema(List.of(), List.of(
                SchemaObject.of(SchemaObject.Kind.AGGREGATE, QualifiedName.of("group_concat")),
                SchemaObject.of(SchemaObject.Kind.EXTENSION, QualifiedName.of("pg_trgm")),
                SchemaObject.of(SchemaObject.Kind.FUNCTION, QualifiedName.of("agg_sum")))));
        assertEquals(statements.get(0), find(schema, SchemaObject.Kind.AGGREGATE, "group_concat").definition());
        assertEquals(statements.get(1), find(schema, SchemaObject.Kind.EXTENSION, "pg_trgm").definition());
        assertEquals(statements.get(2), find(schema, SchemaObject.Kind.FUNCTION, "agg_sum").definition());
    }

    @Test
    void aDumpsViewsAndTriggersAreTheTextOfTheirExecutableComments() {
        ObjectDefinitions definitions = new ObjectDefinitions();
        List<String> statements = List.of(
                "/*!50001 CREATE VIEW `v` AS SELECT\n 1 AS `id` */",
                "/*!50001 DROP VIEW IF EXISTS `v`*/",
                "/*!50001 CREATE ALGORITHM=UNDEFINED */\n/*!50013 DEFINER=`root`@`localhost` SQL SECURITY INVOKER */\n"
                        + "/*!50001 VIEW `v` AS select `t`.`id` AS `id` from `t` */",
                "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER t_note BEFORE INSERT ON t"
                        + " FOR EACH ROW BEGIN SET NEW.note = 'a  b'; END */");
        statements.forEach(definitions::offer);
        Schema schema = definitions.attach(new Schema(List.of(), List.of(
                SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("v")),
                new SchemaObject(SchemaObject.Kind.TRIGGER, QualifiedName.of("t_note"), QualifiedName.of("t")),
                SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("printed"))
                        .withCatalog(new dev.retort.schema.CatalogDefinition("x", "CREATE VIEW `printed` AS select 1")))));
        // the stand-in is dropped before the view is created; the definer is the loading user's
        assertEquals("CREATE ALGORITHM=UNDEFINED SQL SECURITY INVOKER VIEW `v` AS select `t`.`id` AS `id` from `t`",
                find(schema, SchemaObject.Kind.VIEW, "v").definition());
        assertEquals("CREATE TRIGGER t_note BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.note = 'a  b'; END",
                find(schema, SchemaObject.Kind.TRIGGER, "t_note").definition());
        // no statement created it, but the scratch database holds it: its catalog print re-creates it
        assertEquals("CREATE VIEW `printed` AS select 1", find(schema, SchemaObject.Kind.VIEW, "printed").definition());
    }
}
