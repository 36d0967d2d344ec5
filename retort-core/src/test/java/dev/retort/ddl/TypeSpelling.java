package dev.retort.ddl;

import dev.retort.op.AddColumn;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.spi.DdlRenderer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A renderer's spelling of a type, read off the ADD COLUMN statement of a plain nullable column (empty: no type). */
final class TypeSpelling {

    private static final Pattern ADD = Pattern.compile("ALTER TABLE (?:T|\"T\"|`T`) ADD COLUMN (?:c|\"c\"|`c`)(?: (.*))?");

    private TypeSpelling() {
    }

    static String of(DdlRenderer renderer, ColumnType type) {
        String sql = renderer.render(List.of(new AddColumn(QualifiedName.of("T"), Column.of("c", type, true))),
                Schema.empty()).get(0);
        Matcher matcher = ADD.matcher(sql);
        if (!matcher.matches()) {
            throw new AssertionError("not a plain ADD COLUMN: " + sql);
        }
        return matcher.group(1) == null ? "" : matcher.group(1);
    }
}
