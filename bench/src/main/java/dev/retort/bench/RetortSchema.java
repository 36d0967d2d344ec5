package dev.retort.bench;

import dev.retort.AutogenerateOptions;
import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.DiffResult;
import dev.retort.diff.SchemaDiff;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * Retort's side of scenarios d and e, through its public API: a fresh {@code Retort} per call, as for
 * every other measurement, then {@code inspect}, {@code model}, {@code diff}, and the pure compare step
 * {@code SchemaDiff.compare}. Stateless.
 */
final class RetortSchema {

    /** The model file of the wide project, set with the {@code model} key. */
    static final String MODEL = "schema.sql";

    private RetortSchema() {
    }

    /** A Retort on the target; with a project directory holding {@link #MODEL} as its model when {@code project != null}. */
    static Retort build(Path project, BenchDatabase.Target target) {
        RetortBuilder builder = Retort.builder().readEnvironment(false).url(target.url());
        if (project != null) {
            builder.projectDirectory(project).set("model", MODEL);
        }
        if (target.user() != null) {
            builder.user(target.user());
        }
        if (target.password() != null) {
            builder.password(target.password());
        }
        return builder.build();
    }

    /** As {@link #build} without a model, its connections taken from the data source (the dialect still from the URL). */
    static Retort build(BenchDatabase.Target target, DataSource connections) {
        return Retort.builder().readEnvironment(false).url(target.url()).dataSource(connections).build();
    }

    /** The live schema, Retort's own tables left out: {@code inspect(all, none)}. */
    static Schema inspect(Retort retort) {
        return retort.inspect(List.of(), List.of());
    }

    /** What the model would change in the database: the whole autogenerate call without writing a file. */
    static Changes diff(Path project, BenchDatabase.Target target) {
        return build(project, target).diff(AutogenerateOptions.defaults());
    }

    /** The pure compare step, with the dialect's rules and the default options (Retort's own tables left out). */
    static DiffResult compare(Retort retort, Schema live, Schema model) {
        return SchemaDiff.compare(live, model, dialect(retort).comparisonRules(), DiffOptions.defaults());
    }

    /** The dialect the facade chose, by its name: the bench measures the internal compare step on its own. */
    private static dev.retort.spi.Dialect dialect(Retort retort) {
        return dev.retort.spi.Dialects.all().stream().filter(d -> d.name().equals(retort.dialect())).findFirst().orElseThrow();
    }
}
