package dev.retort.diff;

import dev.retort.ddl.SchemaTracker;
import dev.retort.op.DropObject;
import dev.retort.op.MigrationOp;
import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views, triggers, routines, sequences and types: created and dropped with their SQL, in an order that runs. */
class ObjectsDiffTest {

    private static final SchemaObject SEQUENCE = object(SchemaObject.Kind.SEQUENCE, "film_seq", "CREATE SEQUENCE film_seq");
    private static final SchemaObject BASE_VIEW = object(SchemaObject.Kind.VIEW, "film_list",
            "CREATE VIEW film_list AS SELECT id FROM film");
    private static final SchemaObject VIEW_OF_VIEW = object(SchemaObject.Kind.VIEW, "a_film_count",
            "CREATE VIEW a_film_count AS SELECT count(*) AS n FROM film_list");
    private static final SchemaObject FUNCTION = object(SchemaObject.Kind.FUNCTION, "touch",
            "CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql");
    private static final SchemaObject TRIGGER = new SchemaObject(SchemaObject.Kind.TRIGGER, name("film_touch"), name("film"),
            "CREATE TRIGGER film_touch BEFORE UPDATE ON film FOR EACH ROW EXECUTE FUNCTION touch()");

    private static SchemaObject object(SchemaObject.Kind kind, String name, String sql) {
        return SchemaObject.of(kind, name(name)).withDefinition(sql);
    }

    private static Table film() {
        return table("film").column("code", INT).build();
    }

    @Test
    void objectsOfTheModelAreCreatedAroundTheTablesAndTheDowngradeDropsThemInTheMirrorOrder() {
        Schema model = new Schema(List.of(film()), List.of(TRIGGER, VIEW_OF_VIEW, FUNCTION, BASE_VIEW, SEQUENCE));
        List<MigrationOp> up = Roundtrip.ops(Schema.empty(), model);
        assertEquals(List.of("create sequence film_seq", "create table film", "create function touch",
                "create view film_list", "create view a_film_count", "create trigger film_touch on film"),
                SchemaDiffTest.describe(up));
        assertEquals(model, SchemaTracker.applyAll(Schema.empty(), up));
        assertEquals(List.of("drop trigger film_touch on film", "drop view a_film_count", "drop view film_list",
                "drop function touch", "drop table film", "drop sequence film_seq"),
                SchemaDiffTest.describe(OpApplier.downgrade(up)));
        assertTrue(OpApplier.downgrade(up).get(5).destructive(), "a dropped sequence loses its value");
    }

    @Test
    void extensionsComeFirstAndAggregatesAfterTheirFunctionsAndBeforeTheViewsThatUseThem() {
        SchemaObject extension = object(SchemaObject.Kind.EXTENSION, "pg_trgm", "CREATE EXTENSION IF NOT EXISTS pg_trgm");
        SchemaObject state = object(SchemaObject.Kind.FUNCTION, "_group_concat",
                "CREATE FUNCTION _group_concat(text, text) RETURNS text AS $$ SELECT $1 || $2 $$ LANGUAGE sql");
        SchemaObject aggregate = object(SchemaObject.Kind.AGGREGATE, "group_concat",
                "CREATE AGGREGATE group_concat(text) (SFUNC = _group_concat, STYPE = text)");
        SchemaObject view = object(SchemaObject.Kind.VIEW, "actor_info", "CREATE VIEW actor_info AS SELECT group_concat(code) FROM film");
        Schema model = new Schema(List.of(film()), List.of(view, aggregate, state, extension));
        List<MigrationOp> up = Roundtrip.ops(Schema.empty(), model);
        assertEquals(List.of("create extension pg_trgm", "create table film", "create function _group_concat",
                "create aggregate group_concat", "create view actor_info"), SchemaDiffTest.describe(up));
        assertEquals(List.of("drop view actor_info", "drop aggregate group_concat", "drop function _group_concat",
                "drop table film", "drop extension pg_trgm"), SchemaDiffTest.describe(OpApplier.downgrade(up)));
    }

    @Test
    void anObjectTheDatabaseHasByNameIsTheSameObjectWhateverIsKnownOfItsSql() {
        Schema database = new Schema(List.of(film()), List.of(SchemaObject.of(SchemaObject.Kind.VIEW, name("film_list"))));
        Schema model = new Schema(List.of(film()), List.of(BASE_VIEW));
        DiffResult result = SchemaDiff.compare(database, model, ComparisonRules.standard(), DiffOptions.defaults());
        assertTrue(result.isEmpty(), () -> result.ops() + " " + result.skipped());
    }

    /** An object as a reader lists it: its comparable print and the statement that re-creates it. */
    private static SchemaObject printed(SchemaObject.Kind kind, String name, String body, String statement) {
        return SchemaObject.of(kind, name(name)).withCatalog(new CatalogDefinition(body, statement));
    }

    private static DiffResult compare(Schema database, Schema model) {
        return SchemaDiff.compare(database, model, ComparisonRules.standard(), DiffOptions.defaults());
    }

    @Test
    void aChangedViewIsDroppedAsTheDatabaseHasItAndCreatedFromTheModel() {
        SchemaObject old = printed(SchemaObject.Kind.VIEW, "film_list", "SELECT id FROM film",
                "CREATE OR REPLACE VIEW film_list AS SELECT id FROM film");
        SchemaObject changed = BASE_VIEW.withDefinition("CREATE VIEW film_list AS SELECT id, code FROM film")
                .withCatalog(new CatalogDefinition("SELECT id, code FROM film", null));
        DiffResult result = compare(new Schema(List.of(film()), List.of(old)), new Schema(List.of(film()), List.of(changed)));
        assertEquals(List.of("drop view film_list", "create view film_list"), SchemaDiffTest.describe(result.ops()));
        assertEquals("CREATE OR REPLACE VIEW film_list AS SELECT id FROM film",
                ((DropObject) result.ops().get(0)).object().definition(), "the downgrade re-creates the old view");
        assertTrue(compare(new Schema(List.of(film()), List.of(old)), new Schema(List.of(film()),
                List.of(BASE_VIEW.withCatalog(old.catalog())))).isEmpty(), "the same print is no change");
    }

    @Test
    void aChangedRoutineATableCallsOrOneWithOverloadsIsSkippedWithTheWayToChangeIt() {
        Table checked = table("film").column("code", INT).check(new CheckConstraint("film_code_ck", "valid_code(code)")).build();
        SchemaObject old = printed(SchemaObject.Kind.FUNCTION, "valid_code", "body 1",
                "CREATE OR REPLACE FUNCTION valid_code(integer) RETURNS boolean AS 'SELECT $1 > 0' LANGUAGE sql");
        SchemaObject changed = object(SchemaObject.Kind.FUNCTION, "valid_code",
                "CREATE FUNCTION valid_code(integer) RETURNS boolean AS 'SELECT $1 > 1' LANGUAGE sql")
                .withCatalog(new CatalogDefinition("body 2", null));
        DiffResult used = compare(new Schema(List.of(checked), List.of(old)), new Schema(List.of(checked), List.of(changed)));
        assertTrue(used.isEmpty(), () -> used.ops().toString());
        assertEquals(1, used.skipped().size());
        assertTrue(used.skipped().get(0).reason().contains("tables use it"), used.skipped().get(0).reason());

        SchemaObject overloaded = printed(SchemaObject.Kind.FUNCTION, "valid_code", "body 1 body 1b",
                old.catalog().statement() + ";\n\nCREATE OR REPLACE FUNCTION valid_code(text) RETURNS boolean AS 'SELECT true' LANGUAGE sql");
        DiffResult versions = compare(new Schema(List.of(film()), List.of(overloaded)), new Schema(List.of(film()), List.of(changed)));
        assertTrue(versions.isEmpty(), () -> versions.ops().toString());
        assertTrue(versions.skipped().get(0).reason().contains("2 versions"), versions.skipped().get(0).reason());

        DiffResult plain = compare(new Schema(List.of(film()), List.of(old)), new Schema(List.of(film()), List.of(changed)));
        assertEquals(List.of("drop function valid_code", "create function valid_code"), SchemaDiffTest.describe(plain.ops()));
    }

    @Test
    void aTypeIsThereWhenAColumnIsOfIt() {
        ColumnType rating = new ColumnType.UserDefinedType(name("mpaa_rating"), ColumnType.UserDefinedType.Kind.ENUM);
        ColumnType year = new ColumnType.UserDefinedType(name("year"), ColumnType.UserDefinedType.Kind.DOMAIN);
        Table typed = table("film").column(Column.of("rating", rating, true)).column(Column.of("release_year", year, true)).build();
        SchemaObject type = object(SchemaObject.Kind.TYPE, "mpaa_rating", "CREATE TYPE mpaa_rating AS ENUM ('G', 'PG')");
        SchemaObject domain = object(SchemaObject.Kind.DOMAIN, "year", "CREATE DOMAIN year AS integer");
        Schema model = new Schema(List.of(typed), List.of(domain, type));
        assertEquals(List.of("create type mpaa_rating", "create domain year", "create table film"),
                SchemaDiffTest.describe(Roundtrip.ops(Schema.empty(), model)));
        // the database lists no types, but its columns are of them: nothing to do
        Schema database = new Schema(List.of(typed), List.of());
        assertTrue(SchemaDiff.compare(database, model, ComparisonRules.standard(), DiffOptions.defaults()).isEmpty());
    }
}
