package dev.retort.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.op.CreateObject;
import dev.retort.op.DropObject;
import dev.retort.op.MigrationOp;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A policy is dropped on its table; row-level security is switched off, both switches, and its op reverses. */
class PostgresRowSecurityDdlTest {

    private static final QualifiedName NOTE = new QualifiedName("app", "Note");

    @Test
    void policyIsDroppedOnItsTable() {
        SchemaObject policy = new SchemaObject(SchemaObject.Kind.POLICY, new QualifiedName("app", "Authors write"), NOTE,
                "CREATE POLICY \"Authors write\" ON app.\"Note\" AS PERMISSIVE FOR ALL TO PUBLIC USING (true)");
        assertEquals(List.of("DROP POLICY \"Authors write\" ON app.\"Note\""), render(new DropObject(policy)));
        assertEquals(List.of(policy.definition()), render(new DropObject(policy).reverse()));
    }

    @Test
    void rowLevelSecurityIsSwitchedOffAndOnAgain() {
        SchemaObject security = new SchemaObject(SchemaObject.Kind.ROW_LEVEL_SECURITY, NOTE, NOTE,
                "ALTER TABLE app.\"Note\" ENABLE ROW LEVEL SECURITY;\nALTER TABLE app.\"Note\" FORCE ROW LEVEL SECURITY");
        assertEquals(List.of("ALTER TABLE app.\"Note\" NO FORCE ROW LEVEL SECURITY",
                "ALTER TABLE app.\"Note\" DISABLE ROW LEVEL SECURITY"), render(new CreateObject(security).reverse()));
        assertEquals(List.of("ALTER TABLE app.\"Note\" ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE app.\"Note\" FORCE ROW LEVEL SECURITY"), render(new CreateObject(security)));
    }

    private static List<String> render(MigrationOp op) {
        return new PostgresDialect().ddlRenderer().render(List.of(op), Schema.empty());
    }
}
