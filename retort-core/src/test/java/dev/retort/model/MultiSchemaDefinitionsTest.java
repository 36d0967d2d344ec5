package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A multi-schema model's definitions: found per schema, and kept with the search_path they ran under. */
class MultiSchemaDefinitionsTest {

    private static final List<String> PROJECT = List.of("app", "public", "archive");

    private static ObjectDefinitions definitions() {
        PostgresDialect postgres = new PostgresDialect();
        return new ObjectDefinitions(postgres.splitterOptions().flavour().withDollarQuotes(false), postgres.modelSession(PROJECT));
    }

    private static String definition(Schema schema, SchemaObject.Kind kind, QualifiedName name) {
        return schema.objects(kind).stream().filter(object -> object.name().equals(name)).findFirst().orElseThrow().definition();
    }

    @Test
    void sameNamesInTwoSchemasGetTheirOwnStatementsAndAForeignPathIsSetAroundThem() {
        ObjectDefinitions definitions = definitions();
        definitions.startFile();
        definitions.offer("CREATE VIEW listing AS SELECT 1");
        definitions.startFile();
        definitions.offer("SET search_path = 'archive'");
        definitions.offer("CREATE OR REPLACE VIEW listing AS SELECT 2");
        definitions.offer("CREATE FUNCTION archive.touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql");
        definitions.startFile();
        definitions.offer("CREATE VIEW report.summary AS SELECT 3");
        Schema schema = definitions.attach(new Schema(List.of(), List.of(
                SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("listing")),
                SchemaObject.of(SchemaObject.Kind.VIEW, new QualifiedName("archive", "listing")),
                SchemaObject.of(SchemaObject.Kind.FUNCTION, new QualifiedName("archive", "touch")),
                SchemaObject.of(SchemaObject.Kind.VIEW, new QualifiedName("report", "summary")))));
        assertEquals("CREATE VIEW listing AS SELECT 1", definition(schema, SchemaObject.Kind.VIEW, QualifiedName.of("listing")));
        assertEquals("SET search_path TO \"archive\";\n\nCREATE OR REPLACE VIEW listing AS SELECT 2\n;\n\n"
                        + "SET search_path TO \"app\", \"public\", \"archive\"",
                definition(schema, SchemaObject.Kind.VIEW, new QualifiedName("archive", "listing")));
        assertTrue(definition(schema, SchemaObject.Kind.FUNCTION, new QualifiedName("archive", "touch"))
                .startsWith("SET search_path TO \"archive\";\n\nCREATE FUNCTION archive.touch()"));
        assertEquals("CREATE VIEW report.summary AS SELECT 3",
                definition(schema, SchemaObject.Kind.VIEW, new QualifiedName("report", "summary")));
    }

    @Test
    void collationsTextSearchDoBlocksAndSchemasAreDefined() {
        ObjectDefinitions definitions = definitions();
        definitions.startFile();
        List.of("CREATE COLLATION app_sort (provider = icu, locale = 'und')",
                "CREATE TEXT SEARCH CONFIGURATION plain (COPY = pg_catalog.simple)",
                "ALTER TEXT SEARCH CONFIGURATION plain ALTER MAPPING FOR word WITH simple",
                "DO $$ BEGIN CREATE OR REPLACE FUNCTION public.fold(text) RETURNS text LANGUAGE sql AS 'SELECT lower($1)';"
                        + " CREATE OR REPLACE FUNCTION app.fold2(text) RETURNS text LANGUAGE sql AS 'SELECT $1'; END $$",
                "SELECT pg_catalog.set_config('search_path', '', false)",
                "CREATE SCHEMA archive").forEach(definitions::offer);
        Schema schema = definitions.attach(new Schema(List.of(), List.of(
                SchemaObject.of(SchemaObject.Kind.COLLATION, QualifiedName.of("app_sort")),
                SchemaObject.of(SchemaObject.Kind.TEXT_SEARCH_CONFIGURATION, QualifiedName.of("plain")),
                SchemaObject.of(SchemaObject.Kind.FUNCTION, new QualifiedName("public", "fold")),
                SchemaObject.of(SchemaObject.Kind.FUNCTION, QualifiedName.of("fold2")),
                SchemaObject.of(SchemaObject.Kind.SCHEMA, QualifiedName.of("archive")),
                SchemaObject.of(SchemaObject.Kind.SCHEMA, QualifiedName.of("public")))));
        assertTrue(definition(schema, SchemaObject.Kind.COLLATION, QualifiedName.of("app_sort")).startsWith("CREATE COLLATION"));
        assertEquals("CREATE TEXT SEARCH CONFIGURATION plain (COPY = pg_catalog.simple);\n\n"
                        + "ALTER TEXT SEARCH CONFIGURATION plain ALTER MAPPING FOR word WITH simple",
                definition(schema, SchemaObject.Kind.TEXT_SEARCH_CONFIGURATION, QualifiedName.of("plain")));
        assertTrue(definition(schema, SchemaObject.Kind.FUNCTION, new QualifiedName("public", "fold")).startsWith("DO $$"));
        assertTrue(definition(schema, SchemaObject.Kind.FUNCTION, QualifiedName.of("fold2")).startsWith("DO $$"));
        assertEquals("CREATE SCHEMA archive", definition(schema, SchemaObject.Kind.SCHEMA, QualifiedName.of("archive")));
        // a schema the project names and no statement creates: Retort created it in the scratch database
        assertEquals("CREATE SCHEMA \"public\"", definition(schema, SchemaObject.Kind.SCHEMA, QualifiedName.of("public")));
    }
}
