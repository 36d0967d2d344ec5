package dev.retort.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.retort.op.MigrationOp;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.ComparisonRules;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.StatementSplitter;
import dev.retort.testing.TestData;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabase.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance on real schemas: load a schema file from {@code testdata/schemas} into database A with
 * the statement splitter, reflect A, render a CreateTable op for every table into an empty database
 * B, reflect B, and expect every table of B to equal its table in A.
 */
class RealSchemasDdlIT {

    /** PostgreSQL statements that make what column types and defaults use (types, domains, sequences). */
    private static final Pattern POSTGRES_PREREQUISITE = Pattern.compile(
            "(?is)(SET|CREATE\\s+(TYPE|DOMAIN|SEQUENCE|EXTENSION))\\b.*");

    /** Statements of pg_dump files that leave the test's schema. */
    private static final Pattern SEARCH_PATH = Pattern.compile("(?is)(SET\\s+search_path|SELECT\\s+pg_catalog\\.set_config\\('search_path').*");

    /** pg_dump files qualify everything with public; the test schema is another one. */
    private static final Pattern PUBLIC = Pattern.compile("\\bpublic\\.");

    static Stream<Arguments> files() {
        return Stream.of(
                arguments(Kind.SQLITE, "sakila/sakila.sqlite.sql"),
                arguments(Kind.SQLITE, "chinook/chinook.sqlite.sql"),
                arguments(Kind.SQLITE, "spring-batch/current/schema-sqlite.sql"),
                arguments(Kind.POSTGRES, "sakila/sakila.postgres.sql"),
                arguments(Kind.POSTGRES, "chinook/chinook.postgres.sql"),
                arguments(Kind.POSTGRES, "petclinic/schema-postgres.sql"),
                arguments(Kind.POSTGRES, "quartz/tables_postgres.sql"),
                arguments(Kind.POSTGRES, "spring-batch/current/schema-postgresql.sql"),
                arguments(Kind.MYSQL, "sakila/sakila.mysql.sql"),
                arguments(Kind.MYSQL, "chinook/chinook.mysql.sql"),
                arguments(Kind.MYSQL, "petclinic/schema-mysql.sql"),
                arguments(Kind.MYSQL, "quartz/tables_mysql_innodb.sql"),
                arguments(Kind.MYSQL, "spring-batch/current/schema-mariadb.sql"),
                arguments(Kind.MYSQL, "dbgpt/dbgpt-main.sql"),
                arguments(Kind.MYSQL, "dbgpt/v0.5.0.sql"),
                arguments(Kind.MYSQL, "camunda7/create/activiti.mysql.create.engine.sql"),
                arguments(Kind.MYSQL, "dolphinscheduler/current/dolphinscheduler_mysql.sql"),
                arguments(Kind.MYSQL, "apache-ranger/security-admin/db/mysql/optimized/current/ranger_core_db_mysql.sql"),
                arguments(Kind.POSTGRES, "pagila/pagila-schema-pre-pg18-e0e35a6.sql"),
                arguments(Kind.POSTGRES, "camunda7/create/activiti.postgres.create.engine.sql"),
                arguments(Kind.POSTGRES, "dolphinscheduler/current/dolphinscheduler_postgresql.sql"),
                arguments(Kind.POSTGRES, "apache-ranger/security-admin/db/postgres/optimized/current/ranger_core_db_postgres.sql"),
                arguments(Kind.H2, "camunda7/create/activiti.h2.create.engine.sql"),
                arguments(Kind.H2, "petclinic/schema-h2.sql"),
                arguments(Kind.H2, "quartz/tables_h2.sql"),
                arguments(Kind.H2, "spring-batch/current/schema-h2.sql"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("files")
    void everyTableCreatedFromItsModelReadsBackEqual(Kind kind, String file) throws IOException {
        List<SqlStatement> statements = statements(kind, file);
        try (TestDatabase source = TestDatabase.create(kind); TestDatabase target = TestDatabase.create(kind)) {
            DdlHarness original = new DdlHarness(source);
            List<String> failed = original.load(statements);
            assertEquals(List.of(), failed, "statements of " + file + " that failed");
            Schema model = original.read();
            assertTrue(model.tables().size() > 3, "only " + model.tables().size() + " tables read from " + file);
            DdlHarness copy = new DdlHarness(target);
            if (kind == Kind.POSTGRES) {
                assertEquals(List.of(), copy.load(statements.stream()
                        .filter(statement -> POSTGRES_PREREQUISITE.matcher(statement.sql()).matches()).toList()));
            }
            List<MigrationOp> ops = CreationOrder.ops(model);
            copy.run(copy.render(ops, Schema.empty()));
            Schema created = copy.read();
            List<String> differences = new ArrayList<>();
            ComparisonRules rules = source.dialect().comparisonRules();
            for (Table table : model.tables()) {
                Table other = created.table(table.name()).orElse(null);
                if (other == null) {
                    differences.add("table " + table.name() + " was not created");
                } else if (!table.equals(other)) {
                    differences.addAll(SchemaDifferences.describe(withoutInventedNames(table, rules),
                            withoutInventedNames(other, rules)));
                }
            }
            assertEquals(List.of(), differences, file + " on " + kind);
            assertEquals(model.tables().size(), created.tables().size(), "tables created");
        }
    }

    /**
     * The table with the constraint names its database invented (H2's CONSTRAINT_4F) left out: the
     * renderer leaves those for the database to invent again, so they differ by design.
     */
    private static Table withoutInventedNames(Table table, ComparisonRules rules) {
        java.util.function.UnaryOperator<String> keep = name -> name != null && rules.generatedName(table, name) ? null : name;
        PrimaryKey key = table.primaryKey() == null ? null : new PrimaryKey(keep.apply(table.primaryKey().name()),
                table.primaryKey().columns());
        return new Table(table.name(), table.columns(), key,
                table.uniques().stream().map(unique -> new UniqueConstraint(keep.apply(unique.name()), unique.columns())).toList(),
                table.indexes(),
                table.foreignKeys().stream().map(fk -> new ForeignKey(keep.apply(fk.name()), fk.columns(), fk.referencedTable(),
                        fk.referencedColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrability())).toList(),
                table.checks().stream().map(check -> new CheckConstraint(keep.apply(check.name()), check.expression())).toList(),
                table.comment());
    }

    private static List<SqlStatement> statements(Kind kind, String file) throws IOException {
        Path path = schemas().resolve(file);
        String script = Files.readString(path, StandardCharsets.UTF_8);
        if (kind == Kind.POSTGRES) {
            script = PUBLIC.matcher(script).replaceAll("");
        }
        TestDatabase.Kind dialectKind = kind;
        StatementSplitter splitter = new StatementSplitter(switch (dialectKind) {
            case SQLITE -> new dev.retort.dialect.sqlite.SqliteDialect().splitterOptions();
            case POSTGRES -> new dev.retort.dialect.postgres.PostgresDialect().splitterOptions();
            case MYSQL -> new dev.retort.dialect.mysql.MysqlDialect().splitterOptions();
            case H2 -> new dev.retort.dialect.h2.H2Dialect().splitterOptions();
        });
        return splitter.split(script).stream()
                .filter(statement -> !SEARCH_PATH.matcher(statement.sql()).matches()).toList();
    }

    private static Path schemas() {
        return TestData.schemas();
    }
}
