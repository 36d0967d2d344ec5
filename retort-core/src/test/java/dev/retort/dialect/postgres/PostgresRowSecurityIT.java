package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.AutogenerateOptions;
import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.reflect.NativeLoader;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row-level security and policies on real PostgreSQL: a SQL model with RLS enabled and forced on one of
 * its tables and three policies (permissive and restrictive, FOR SELECT and ALL, USING and WITH CHECK,
 * TO a role and to PUBLIC, one calling a routine of the model) autogenerates into an empty schema whose
 * {@code pg_dump} then equals the model's own; a changed USING and RLS no longer forced become a revision
 * whose upgrade and downgrade each leave the dump of the matching model. A grant made by hand is reported
 * by the diff, not passed over.
 */
class PostgresRowSecurityIT {

    @TempDir
    Path directory;

    @Test
    void policiesAndRowSecurityAreMigratedComparedAndReversed() throws Exception {
        String role = "rt_role_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (TestDatabase target = TestDatabase.create(TestDatabase.Kind.POSTGRES);
             TestDatabase scratch = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            target.execute("CREATE ROLE " + role + " NOLOGIN");
            try {
                run(target, scratch, role);
            } finally {
                // the role is the cluster's: nothing of the schemas may still name it
                target.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
            }
        }
    }

    private void run(TestDatabase target, TestDatabase scratch, String role) throws Exception {
        String first = model(role, "owner = current_user", true);
        String second = model(role, "owner = session_user", false);
        Retort retort = project(target, first);

        Retort.Generated generated = retort.autogenerate("row security", AutogenerateOptions.defaults());
        assertNotNull(generated.script(), "the model differs from the empty schema");
        List<String> ops = generated.changes().upgrade().stream().map(Changes.Step::description).toList();
        assertTrue(ops.indexOf("create function tenant_ok") < ops.indexOf("create policy tenant_only on account"), ops.toString());
        assertTrue(ops.indexOf("create table account") < ops.indexOf("create row level security account on account"),
                ops.toString());
        retort.upgrade("head");
        String modelDump = dumpOf(scratch, first);
        assertEquals(modelDump, dump(target));
        assertTrue(modelDump.contains("FORCE ROW LEVEL SECURITY") && modelDump.contains("AS RESTRICTIVE"), modelDump);
        Changes none = retort.diff(AutogenerateOptions.defaults());
        assertEquals(List.of(), none.upgrade());
        assertEquals(List.of(), none.skipped());

        // grants are not migrated, but a difference is reported, table named
        target.execute("GRANT SELECT ON note TO " + role, "GRANT UPDATE (author) ON note TO " + role);
        Changes granted = retort.diff(AutogenerateOptions.defaults());
        assertEquals(List.of(), granted.upgrade());
        assertEquals(List.of("note: grants on table note: not compared: the model grants nothing, the database SELECT TO "
                + role + ", UPDATE (author) TO " + role + "; Retort does not migrate GRANT and REVOKE: write them by hand (execute"
                + " SQL in the revision)"), granted.skipped().stream().map(skipped -> skipped.describe()).toList());
        target.execute("REVOKE ALL ON note FROM " + role);

        Files.writeString(directory.resolve("schema.sql"), second);
        Retort.Generated changed = retort.autogenerate("session user", AutogenerateOptions.defaults());
        assertNotNull(changed.script(), "a changed USING is a change");
        List<String> changedOps = changed.changes().upgrade().stream().map(Changes.Step::description)
                .sorted().toList();
        assertEquals(List.of("create policy own_rows on account", "create row level security account on account",
                "drop policy own_rows on account", "drop row level security account on account"), changedOps);
        retort.upgrade("head");
        String secondDump = dumpOf(scratch, second);
        assertEquals(secondDump, dump(target));
        assertTrue(!secondDump.equals(modelDump) && !secondDump.contains("FORCE ROW LEVEL SECURITY"), secondDump);

        retort.downgrade(generated.script().id());
        assertEquals(modelDump, dump(target));
        retort.downgrade("base");
        assertEquals(List.of(), target.column("SELECT polname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + target.name() + "'"));
    }

    private static String model(String role, String ownRows, boolean force) {
        return """
                CREATE FUNCTION tenant_ok(int) RETURNS boolean AS 'SELECT $1 > 0' LANGUAGE sql IMMUTABLE;
                CREATE TABLE account (id int PRIMARY KEY, owner text NOT NULL, tenant int NOT NULL);
                CREATE TABLE note (id int PRIMARY KEY, author text);
                ALTER TABLE account ENABLE ROW LEVEL SECURITY;
                %3$s
                CREATE POLICY own_rows ON account FOR SELECT TO %1$s USING (%2$s);
                CREATE POLICY tenant_only ON account AS RESTRICTIVE FOR ALL TO PUBLIC
                    USING (tenant_ok(tenant)) WITH CHECK (tenant < 1000);
                CREATE POLICY "Authors write" ON note FOR ALL USING (true) WITH CHECK (author = current_user);
                """.formatted(role, ownRows, force ? "ALTER TABLE account FORCE ROW LEVEL SECURITY;" : "");
    }

    private Retort project(TestDatabase target, String model) throws IOException {
        Files.writeString(directory.resolve("schema.sql"), model);
        Files.writeString(directory.resolve("retort.toml"), "model = [\"schema.sql\"]\n");
        var builder = Retort.builder().projectDirectory(directory).readEnvironment(false).url(target.url());
        if (target.user() != null) {
            builder.user(target.user());
        }
        if (target.password() != null) {
            builder.password(target.password());
        }
        return builder.build();
    }

    /** The model run in a schema of its own, dumped; the schema is emptied again afterwards. */
    private static String dumpOf(TestDatabase scratch, String model) throws IOException, InterruptedException {
        // the connection's currentSchema is the scratch schema
        scratch.execute(model);
        try {
            return dump(scratch);
        } finally {
            scratch.execute("DROP SCHEMA " + scratch.name() + " CASCADE", "CREATE SCHEMA " + scratch.name());
        }
    }

    /**
     * pg_dump's lines for the schema, sorted, its name replaced; comments, the per-dump {@code \restrict}
     * keys and Retort's tables left out.
     */
    private static String dump(TestDatabase database) throws IOException, InterruptedException {
        NativeLoader.Server server = NativeLoader.Server.of(database.url());
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/pg_dump", "-s", "-n", database.name(),
                "-T", database.name() + ".retort_*", "-h", server.host(), "-p", Integer.toString(server.port()),
                "-U", database.user(), server.database());
        builder.environment().put("PGPASSWORD", database.password() == null ? "" : database.password());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0, output);
        return output.lines().filter(line -> !line.isBlank() && !line.startsWith("--") && !line.startsWith("\\"))
                .map(line -> line.replace(database.name(), "SCHEMA")).sorted().collect(Collectors.joining("\n"));
    }
}
