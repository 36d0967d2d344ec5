package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.Charset;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.schema.UniqueConstraint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The snapshot file's format: every part of a {@link Schema} survives writing and reading, the text is the same
 * for the same schema and has one item per line, a committed version-1 file still reads, and what cannot be
 * used (a later version, another database, not a snapshot) is refused with the reason.
 */
class SnapshotFormatTest {

    /** Committed once, as Retort wrote it at version 1; never rewrite it: it stands for files users have. */
    private static final String FIXTURE = "/snapshots/v1/20261207120000_ab12cd34ef56_shop.schema.json";

    private static final QualifiedName CUSTOMER = QualifiedName.of("customer");

    /** A schema using every part the snapshot has to carry. */
    static Schema shop() {
        Table customer = new Table(CUSTOMER, List.of(
                new Column("id", ColumnType.IntegerType.of(8), false, null, new Identity(Identity.Kind.ALWAYS), null, null,
                        "the key"),
                new Column("name", new ColumnType.StringType(ColumnType.Size.VARYING, 100), false, null, null, null, null,
                        null, null, new QualifiedName("pg_catalog", "C")),
                new Column("email", new ColumnType.StringType(ColumnType.Size.VARYING, null), true,
                        new DefaultValue("'nobody@example.com'", DefaultValue.Kind.LITERAL), null, null, null, null),
                new Column("created", new ColumnType.TemporalType(ColumnType.TemporalType.Kind.TIMESTAMP_TZ, 3), false,
                        new DefaultValue("now()", DefaultValue.Kind.FUNCTION), null, null, null, null),
                Column.of("tags", new ColumnType.ArrayType(new ColumnType.StringType(ColumnType.Size.LARGE, null), 1), true),
                Column.of("status", new ColumnType.UserDefinedType(QualifiedName.of("status"),
                        ColumnType.UserDefinedType.Kind.ENUM), true),
                Column.of("data", new ColumnType.JsonType(true), true),
                Column.of("price", new ColumnType.DecimalType(10, 2, false), true),
                Column.of("ratio", new ColumnType.FloatType(8, false), true),
                Column.of("flag", new ColumnType.BooleanType(), true),
                Column.of("uid", new ColumnType.UuidType(), true),
                Column.of("raw", new ColumnType.BinaryType(ColumnType.Size.LARGE, null), true),
                Column.of("doc", new ColumnType.NativeType("tsvector", List.of()), true),
                Column.of("place", new ColumnType.UnrecognisedType("geometry(Point,4326)", "PostGIS is not installed"), true),
                new Column("total", new ColumnType.DecimalType(12, 2, false), true, null, null,
                        new GeneratedColumn("price * 2", true), null, null)),
                new PrimaryKey("customer_pkey", List.of("id")),
                List.of(new UniqueConstraint("customer_email_key", List.of("email"),
                        ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED, true)),
                List.of(new Index("customer_name_idx", List.of(
                        new Index.Key("name", null, Index.SortOrder.DESC, null, QualifiedName.of("C"), Index.Nulls.LAST),
                        new Index.Key(null, "lower(email)", Index.SortOrder.ASC, null, null, Index.Nulls.DEFAULT,
                                new Index.OperatorClass(QualifiedName.of("gist_trgm_ops"), List.of("siglen=32")))),
                        false, "flag", "gist", null)),
                List.of(),
                List.of(new CheckConstraint("customer_price_check", "(price > 0)"),
                        new CheckConstraint("ratio", "ratio < 1", true)),
                "Customers, one per row\nsecond line");
        Table orders = new Table(QualifiedName.of("orders"), List.of(
                new Column("id", new ColumnType.IntegerType(4, true), false, null, new Identity(Identity.Kind.AUTO_INCREMENT),
                        null, null, null),
                Column.of("customer_id", ColumnType.IntegerType.of(8), false),
                new Column("code", new ColumnType.StringType(ColumnType.Size.FIXED, 8), true, null, null, null, null, null,
                        new Charset("latin1", "latin1_bin")),
                new Column("kind", new ColumnType.EnumType(List.of("a", "b'c"), false), true, null, null, null,
                        "CURRENT_TIMESTAMP", null)),
                new PrimaryKey(null, List.of("id")), List.of(),
                List.of(new Index("orders_code", List.of(new Index.Key("code", null, Index.SortOrder.ASC, 4)), true, null,
                        null, "codes")),
                List.of(new ForeignKey("orders_customer_fk", List.of("customer_id"), CUSTOMER, List.of("id"),
                        ForeignKey.ReferentialAction.CASCADE, ForeignKey.ReferentialAction.NO_ACTION,
                        ForeignKey.Deferrability.NOT_DEFERRABLE)),
                List.of(), null, TableOptions.of(Charset.ofCollation("utf8mb4_bin"), Map.of("ENGINE", "InnoDB")));
        Table measurement = new Table(QualifiedName.of("measurement"), List.of(Column.of("logdate",
                new ColumnType.TemporalType(ColumnType.TemporalType.Kind.DATE, null), false)), null, List.of(), List.of(),
                List.of(), List.of(), null).withInheritance(Inheritance.NONE.partitionedBy("RANGE (logdate)"));
        Table partition = new Table(QualifiedName.of("measurement_2026"), measurement.columns(), null, List.of(),
                List.of(), List.of(), List.of(), null).withInheritance(Inheritance.partitionOf(measurement.name(),
                "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"));
        Table archived = new Table(new QualifiedName("archive", "old_orders"), List.of(Column.of("id",
                ColumnType.IntegerType.of(4), false)), null, List.of(), List.of(), List.of(), List.of(), null)
                .withInheritance(Inheritance.inherits(List.of(QualifiedName.of("orders"))));
        List<SchemaObject> objects = List.of(
                new SchemaObject(SchemaObject.Kind.VIEW, QualifiedName.of("customer_names"), null,
                        "CREATE VIEW customer_names AS SELECT name FROM customer",
                        new CatalogDefinition(" SELECT customer.name FROM customer;",
                                "CREATE VIEW customer_names AS\n SELECT customer.name\n   FROM customer;")),
                new SchemaObject(SchemaObject.Kind.TRIGGER, QualifiedName.of("orders_audit"), QualifiedName.of("orders"),
                        "CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit()",
                        new CatalogDefinition("CREATE TRIGGER orders_audit …", null)),
                SchemaObject.of(SchemaObject.Kind.EXTENSION, QualifiedName.of("pg_trgm")),
                SchemaObject.of(SchemaObject.Kind.SCHEMA, QualifiedName.of("archive")));
        return new Schema(List.of(customer, orders, measurement, partition, archived), objects, "The shop's schema");
    }

    @Test
    void everyPartOfASchemaSurvivesWritingAndReading() {
        Schema shop = shop();
        String text = Snapshots.render("ab12cd34ef56", new PostgresDialect(), shop);
        assertEquals(shop, Snapshots.read(text, new PostgresDialect()));
        assertEquals(text, Snapshots.render("ab12cd34ef56", new PostgresDialect(), shop()), "the same bytes every time");
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void oneItemPerLineInTheSchemasOwnOrder() {
        String text = Snapshots.render("ab12cd34ef56", new PostgresDialect(), shop());
        assertTrue(text.lines().allMatch(line -> line.strip().split("\": ").length <= 2 || line.contains("\\n")
                || line.contains("\"definition\"") || line.contains("\"comparable\"") || line.contains("\"statement\"")
                || line.contains("\"bound\"")), "one key per line");
        assertTrue(text.contains("\"columns\": [\n"), "list items go on lines of their own");
        int customer = text.indexOf("\"name\": \"customer\"");
        int orders = text.indexOf("\"name\": \"orders\"");
        assertTrue(customer > 0 && customer < orders, "tables in name order");
    }

    @Test
    void aCommittedVersionOneSnapshotStillReads() throws IOException {
        Schema read = Snapshots.read(fixture(), new PostgresDialect());
        assertEquals(shop(), read);
        Table customer = read.table(CUSTOMER).orElseThrow();
        assertEquals(new ColumnType.StringType(ColumnType.Size.VARYING, 100), customer.column("name").orElseThrow().type());
        assertEquals("(price > 0)", customer.checks().get(0).expression());
        assertEquals("The shop's schema", read.comment());
    }

    @Test
    void whatCannotBeUsedIsRefusedWithTheReason() throws IOException {
        String fixture = fixture();
        assertReason("written by a later Retort", fixture.replace("\"version\": 1", "\"version\": 2"));
        assertReason("recorded on postgres", fixture, new MysqlDialect());
        assertReason("not valid JSON", fixture.substring(0, fixture.length() / 2));
        assertReason("\"format\" is not", fixture.replace("retort-schema-snapshot", "something-else"));
        assertReason("schema cannot be read", fixture.replace("\"kind\": \"integer\"", "\"kind\": \"imaginary\""));
    }

    private static void assertReason(String reason, String text) {
        assertReason(reason, text, new PostgresDialect());
    }

    private static void assertReason(String reason, String text, dev.retort.spi.Dialect dialect) {
        Snapshots.Unreadable refused = assertThrows(Snapshots.Unreadable.class, () -> Snapshots.read(text, dialect));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private static String fixture() throws IOException {
        try (InputStream in = SnapshotFormatTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
