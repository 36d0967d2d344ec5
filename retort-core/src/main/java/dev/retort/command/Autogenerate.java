package dev.retort.command;

import dev.retort.ddl.DdlRenderer;
import dev.retort.ddl.SchemaTracker;
import dev.retort.dialect.Dialect;
import dev.retort.diff.ColumnRename;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.DiffResult;
import dev.retort.diff.SchemaDiff;
import dev.retort.diff.TableRename;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Schema;
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
        return new Changes(upgrade, downgrade, diff.skipped(), diff.suggestions());
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
