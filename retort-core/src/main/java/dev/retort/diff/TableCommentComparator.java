package dev.retort.diff;

import dev.retort.op.SetTableComment;
import dev.retort.schema.Table;
import java.util.Objects;

/** The table comment; an empty comment is none. Immutable and thread-safe. */
final class TableCommentComparator implements PartComparator {

    @Override
    public void compare(Table from, Table to, Changes changes) {
        String before = blankless(from.comment());
        String after = blankless(to.comment());
        if (!Objects.equals(before, after)) {
            changes.add(Changes.Phase.COMMENT, new SetTableComment(to.name(), before, after));
        }
    }

    private static String blankless(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }
}
