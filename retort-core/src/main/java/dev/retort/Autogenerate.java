package dev.retort;

import dev.retort.ddl.SchemaTracker;
import dev.retort.diff.ColumnRename;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.DiffResult;
import dev.retort.diff.SchemaDiff;
import dev.retort.diff.TableRename;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Schema;
import dev.retort.spi.DdlRenderer;
import dev.retort.spi.Dialect;
import dev.retort.sql.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Compares a live schema with the model and renders both directions, op by op. Stateless. */
final class Autogenerate {

    private Autogenerate() {
    }

    static Changes changes(Dialect dialect, Schema live, Schema model, List<String> include, List<String> exclude,
                           Set<String> ownTables, AutogenerateOptions options) {
        DiffOptions diffOptions = new DiffOptions(include, exclude, ownTables,
                options.renameTables().stream().map(TableRename::parse).toList(),
                options.renameColumns().stream().map(ColumnRename::parse).toList());
        DiffResult diff = SchemaDiff.compare(live, model, dialect.comparisonRules(), diffOptions);
        List<MigrationOp> reversed = new ArrayList<>();
        for (int i = diff.ops().size() - 1; i >= 0; i--) {
            reversed.add(diff.ops().get(i).reverse());
        }
        DdlRenderer renderer = dialect.ddlRenderer();
        List<Changes.Step> upgrade = render(renderer, diff.ops(), live);
        Schema after = SchemaTracker.applyAll(live, diff.ops());
        List<Changes.Step> downgrade = render(renderer, reversed, after);
        Changes changes = new Changes(upgrade, downgrade, diff.skipped(),
                diff.suggestions().stream().map(RenameSuggestion::of).toList());
        requireSplitsBack(dialect, changes);
        return changes;
    }

    /**
     * The last guard before a script is written or run: its section must split, with the dialect's own
     * splitter, into as many statements as were rendered. More would mean a name, comment or default
     * ended a statement or a comment early and the rest became SQL of its own.
     */
    static void requireSplitsBack(Dialect dialect, Changes changes) {
        requireSplitsBack(dialect, changes.upgradeSql(), changes.upgrade(), "upgrade");
        requireSplitsBack(dialect, changes.downgradeSql(), changes.downgrade(), "downgrade");
    }

    private static void requireSplitsBack(Dialect dialect, String sql, List<Changes.Step> steps, String section) {
        long rendered = steps.stream().mapToLong(step -> step.statements().size()).sum();
        int split = new StatementSplitter(dialect.splitterOptions()).split(sql).size();
        if (split != rendered) {
            throw new RetortException(RetortException.Kind.SCRIPT, "the generated " + section + " section reads as "
                    + split + " statements where " + rendered + " were rendered: a name, comment or default in the"
                    + " model or the database holds text that " + dialect.name() + " would read differently; nothing was"
                    + " written or run; rename the object or report the name to Retort's maintainers");
        }
    }

    /** Each op's statements, rendered against the schema as the earlier ops leave it. */
    private static List<Changes.Step> render(DdlRenderer renderer, List<MigrationOp> ops, Schema before) {
        List<Changes.Step> steps = new ArrayList<>();
        Schema schema = before;
        for (MigrationOp op : ops) {
            steps.add(new Changes.Step(op, renderer.render(List.of(op), schema)));
            schema = SchemaTracker.apply(schema, op);
        }
        return steps;
    }
}
