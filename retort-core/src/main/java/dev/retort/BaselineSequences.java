package dev.retort;

import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.SchemaObject;
import dev.retort.spi.JdbcSession;
import java.util.List;

/**
 * The statements that re-create a database's standalone sequences, for {@code baseline}, where the dialect's reader
 * lists a sequence by name only (MariaDB, H2; PostgreSQL's reader gives the statement, {@code CatalogDefinition}):
 * its attributes are read here from the catalog. Belongs in those readers; until then it is keyed on the dialect's
 * name. A sequence it cannot read stays as it is and is reported as not reproduced. Stateless.
 */
final class BaselineSequences {

    private BaselineSequences() {
    }

    static SchemaObject withStatement(JdbcSession session, String dialect, SchemaObject sequence) {
        if (sequence.kind() != SchemaObject.Kind.SEQUENCE || sequence.definition() != null
                || sequence.catalog() != null && sequence.catalog().statement() != null) {
            return sequence;
        }
        String statement = switch (dialect) {
            case "mysql" -> session.queryOne("SHOW CREATE SEQUENCE `" + sequence.name().name().replace("`", "``") + "`",
                    row -> row.getString(2));
            case "h2" -> h2(session, sequence);
            default -> null;
        };
        return statement == null ? sequence : new SchemaObject(sequence.kind(), sequence.name(), sequence.table(), statement,
                sequence.catalog() == null ? new CatalogDefinition(statement, statement) : sequence.catalog());
    }

    /**
     * PostgreSQL's {@code ALTER SEQUENCE … OWNED BY table.column} for the listed sequences a column owns (pg_dump
     * prints them): run after the tables exist, and undone ({@code OWNED BY NONE}) first on the way down, so that
     * dropping the table leaves the sequence for its own drop.
     */
    static List<String[]> ownership(JdbcSession session, String dialect, List<SchemaObject> sequences) {
        List<String[]> statements = new java.util.ArrayList<>();
        if (!dialect.equals("postgres")) {
            return statements;
        }
        for (SchemaObject sequence : sequences) {
            if (sequence.kind() != SchemaObject.Kind.SEQUENCE) {
                continue;
            }
            String schema = sequence.name().schema();
            String name = schema == null ? "quote_ident(current_schema()) || '.' || quote_ident(?)"
                    : "quote_ident(?) || '.' || quote_ident(?)";
            Object[] parameters = schema == null ? new Object[] {sequence.name().name()}
                    : new Object[] {schema, sequence.name().name()};
            List<String[]> found = session.query("SELECT " + (schema == null ? "quote_ident(s.relname)"
                    : "quote_ident(n.nspname) || '.' || quote_ident(s.relname)") + ", " + (schema == null
                    ? "quote_ident(t.relname)" : "quote_ident(tn.nspname) || '.' || quote_ident(t.relname)")
                    + " || '.' || quote_ident(a.attname) FROM pg_depend d JOIN pg_class s ON s.oid = d.objid"
                    + " JOIN pg_namespace n ON n.oid = s.relnamespace JOIN pg_class t ON t.oid = d.refobjid"
                    + " JOIN pg_namespace tn ON tn.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid"
                    + " AND a.attnum = d.refobjsubid WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'a'"
                    + " AND s.relkind = 'S' AND d.objid = (" + name + ")::regclass",
                    row -> new String[] {"ALTER SEQUENCE " + row.getString(1) + " OWNED BY " + row.getString(2),
                            "ALTER SEQUENCE " + row.getString(1) + " OWNED BY NONE"}, parameters);
            statements.addAll(found);
        }
        return statements;
    }

    private static String h2(JdbcSession session, SchemaObject sequence) {
        List<String> found = session.query("SELECT 'CREATE SEQUENCE \"' || REPLACE(SEQUENCE_NAME, '\"', '\"\"') || '\" AS '"
                + " || DATA_TYPE || ' START WITH ' || START_VALUE || ' INCREMENT BY ' || INCREMENT || ' MINVALUE ' ||"
                + " MINIMUM_VALUE || ' MAXVALUE ' || MAXIMUM_VALUE || CASE WHEN CYCLE_OPTION = 'YES' THEN ' CYCLE' ELSE ' NO"
                + " CYCLE' END || CASE WHEN CACHE > 1 THEN ' CACHE ' || CACHE ELSE ' NO CACHE' END FROM"
                + " INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA() AND SEQUENCE_NAME = ?",
                row -> row.getString(1), sequence.name().name());
        return found.isEmpty() ? null : found.get(0);
    }
}
