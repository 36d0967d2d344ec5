package dev.retort;

import dev.retort.Changes;
import dev.retort.ddl.SchemaTracker;
import dev.retort.op.AddColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.MigrationOp;
import dev.retort.op.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.Dialect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated revision whose names, comments and defaults are drawn from characters that end comments,
 * strings, quoted names and dollar quotes: for each table, create it (a column with a default and a
 * comment), add a column, index it and comment the table; the downgrade reverses it all.
 *
 * @param changes the ops with the statements the dialect renders for them
 * @param tables  the hostile table names, as the database must hold them
 * @param columns for each table, its column names after the upgrade
 */
public record HostileRevision(Changes changes, List<String> tables, List<List<String>> columns) {

    private static final List<String> PIECES = List.of("a", "Z", "_", " ", "\"", "'", "`", "$$", "$", ";", "--",
            "-- ", "/*", "*/", "\\", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\t", "#", "[", "]", "é", "ß",
            "%", "?", ":", "{", "}", "@", ".", "DROP TABLE important;", "\n--\n", "$retort$", "\\'", "''", "\"\"",
            "\nDELIMITER //\n", "\n\\set x 1\n", "\nBEGIN\n", "END;");

    /** A line that reads as a section marker; the writer must refuse it rather than write it. */
    static final String MARKER_LINE = "\n-- retort:downgrade\n";

    /**
     * A revision of {@code count} hostile tables for the dialect.
     *
     * @param markerLines whether names may hold a line reading as a {@code -- retort:} marker
     */
    public static HostileRevision generate(Dialect dialect, Random random, int count, boolean markerLines) {
        List<MigrationOp> upgrade = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        List<List<String>> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String table = name(random, "t" + i, markerLines);
            String first = name(random, "a" + i, markerLines);
            String second = name(random, "b" + i, markerLines);
            QualifiedName qualified = QualifiedName.of(table);
            ColumnType text = new ColumnType.StringType(ColumnType.Size.VARYING, 200);
            Column id = Column.of("id", ColumnType.IntegerType.of(4), false);
            Column withDefault = new Column(first, text, true,
                    new DefaultValue(dialect.literal(text(random)), DefaultValue.Kind.LITERAL), null, null, null,
                    text(random));
            Column added = new Column(second, text, true, null, null, null, null, text(random));
            String comment = text(random);
            upgrade.add(new CreateTable(new Table(qualified, List.of(id, withDefault), new PrimaryKey(null, List.of("id")),
                    List.of(), List.of(), List.of(), List.of(), comment)));
            upgrade.add(new AddColumn(qualified, added));
            upgrade.add(new CreateIndex(qualified, new Index(name(random, "i" + i, markerLines),
                    List.of(Index.Key.column(second)), false, null, null)));
            upgrade.add(new SetTableComment(qualified, comment, text(random)));
            tables.add(table);
            columns.add(List.of("id", first, second));
        }
        List<MigrationOp> downgrade = new ArrayList<>();
        upgrade.forEach(op -> downgrade.add(op.reverse()));
        Collections.reverse(downgrade);
        Schema after = SchemaTracker.applyAll(Schema.empty(), upgrade);
        return new HostileRevision(new Changes(steps(dialect, upgrade, Schema.empty()), steps(dialect, downgrade, after),
                List.of(), List.of()), tables, columns);
    }

    private static List<Changes.Step> steps(Dialect dialect, List<MigrationOp> ops, Schema before) {
        List<Changes.Step> steps = new ArrayList<>();
        Schema current = before;
        for (MigrationOp op : ops) {
            steps.add(new Changes.Step(op, dialect.ddlRenderer().render(List.of(op), current)));
            current = SchemaTracker.apply(current, op);
        }
        return steps;
    }

    /**
     * A name every database accepts: a plain prefix keeps names unique whatever their case, it stays
     * under PostgreSQL's 63 bytes and MySQL's 64 characters, and it does not end in a space (MySQL).
     */
    static String name(Random random, String prefix, boolean markerLines) {
        StringBuilder name = new StringBuilder(prefix);
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            String piece = markerLines && random.nextInt(200) == 0 ? MARKER_LINE : PIECES.get(random.nextInt(PIECES.size()));
            if ((name + piece).getBytes(StandardCharsets.UTF_8).length > 60) {
                break;
            }
            name.append(piece);
        }
        return Character.isWhitespace(name.charAt(name.length() - 1)) ? name + "x" : name.toString();
    }

    /** Comment or default text: any pieces, at most 60 characters. */
    static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(8);
        for (int i = 0; i < pieces && text.length() < 40; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }
}
