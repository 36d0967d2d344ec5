package dev.retort.diff;

import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterTableOptions;
import dev.retort.op.CreateIndex;
import dev.retort.op.DropIndex;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Charset;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Character sets, table options and index comments in the diff: MySQL compares them, other databases ignore them. */
class TableOptionsDiffTest {

    private static final ComparisonRules MYSQL = new MysqlDialect().comparisonRules();
    private static final ComparisonRules POSTGRES = new PostgresDialect().comparisonRules();
    private static final Column ID = Column.of("id", INT, false);
    private static final Column NAME = Column.of("name", varchar(20), true);
    private static final Index BY_NAME = new Index("ix_name", List.of(Index.Key.column("name")), false, null, null);

    private static Table table(TableOptions options, Column name, Index index) {
        return new Table(name("t"), List.of(ID, name), new PrimaryKey(null, List.of("id")), List.of(), List.of(index),
                List.of(), List.of(), null, options);
    }

    private static List<MigrationOp> diff(Table from, Table to, ComparisonRules rules) {
        return SchemaDiff.compare(new Schema(List.of(from), List.of()), new Schema(List.of(to), List.of()), rules,
                DiffOptions.defaults()).ops();
    }

    @Test
    void aChangedRowFormatIsOneAlterTableOptions() {
        TableOptions compact = TableOptions.of(null, Map.of("ROW_FORMAT", "COMPACT"));
        Table from = table(TableOptions.NONE, NAME, BY_NAME);
        Table to = table(compact, NAME, BY_NAME);
        assertEquals(List.of(new AlterTableOptions(name("t"), TableOptions.NONE, compact)), diff(from, to, MYSQL));
    }

    @Test
    void theDefaultEngineAndTheCaseOfValuesAreNoChange() {
        Table from = table(TableOptions.of(null, Map.of("ROW_FORMAT", "COMPACT")), NAME, BY_NAME);
        Table to = table(TableOptions.of(null, Map.of("ENGINE", "innodb", "row_format", "compact")), NAME, BY_NAME);
        assertEquals(List.of(), diff(from, to, MYSQL));
    }

    @Test
    void aColumnStatingItsTablesCharsetIsNoChange() {
        TableOptions latin = TableOptions.of(Charset.of("latin1"), Map.of());
        Table from = table(latin, NAME, BY_NAME);
        Table to = table(latin, NAME.withCharset(Charset.of("latin1")), BY_NAME);
        assertEquals(List.of(), diff(from, to, MYSQL));
    }

    @Test
    void aChangedColumnCollationIsAnAlterColumn() {
        Table from = table(TableOptions.NONE, NAME, BY_NAME);
        Column binary = NAME.withCharset(Charset.ofCollation("utf8mb4_bin"));
        assertEquals(List.of(new AlterColumn(name("t"), NAME, binary)), diff(from, table(TableOptions.NONE, binary, BY_NAME),
                MYSQL));
    }

    @Test
    void aNewTableDefaultAltersTheTextColumnsThatFollowedTheOldOneStatingBothSides() {
        TableOptions latin = TableOptions.of(Charset.of("latin1"), Map.of());
        TableOptions binary = TableOptions.of(Charset.ofCollation("utf8mb4_bin"), Map.of());
        List<MigrationOp> ops = diff(table(latin, NAME, BY_NAME), table(binary, NAME, BY_NAME), MYSQL);
        assertEquals(List.of(new AlterTableOptions(name("t"), latin, binary),
                new AlterColumn(name("t"), NAME.withCharset(Charset.of("latin1")),
                        NAME.withCharset(Charset.ofCollation("utf8mb4_bin")))), ops);
    }

    @Test
    void aChangedIndexCommentRecreatesTheIndex() {
        Index commented = new Index("ix_name", BY_NAME.keys(), false, null, null, "by name");
        assertEquals(List.of(new DropIndex(name("t"), BY_NAME), new CreateIndex(name("t"), commented)),
                diff(table(TableOptions.NONE, NAME, BY_NAME), table(TableOptions.NONE, NAME, commented), MYSQL));
    }

    @Test
    void otherDatabasesIgnoreThem() {
        Table from = table(TableOptions.NONE, NAME, BY_NAME);
        Table to = table(TableOptions.of(Charset.of("latin1"), Map.of("ROW_FORMAT", "COMPACT")),
                NAME.withCharset(Charset.ofCollation("utf8mb4_bin")),
                new Index("ix_name", BY_NAME.keys(), false, null, null, "by name"));
        assertEquals(List.of(), diff(from, to, POSTGRES));
        assertEquals(List.of(), diff(from, to, ComparisonRules.standard()));
    }
}
