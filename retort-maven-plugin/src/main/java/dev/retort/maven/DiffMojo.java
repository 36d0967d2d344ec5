package dev.retort.maven;

import dev.retort.AutogenerateOptions;
import dev.retort.Changes;
import dev.retort.Retort;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort:diff}: the operations and SQL that would bring the database to the model; writes nothing.
 * Runs {@code compile} first, as {@code revision} does.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class DiffMojo extends RetortMojo {

    /** Renamed tables, {@code OLD=NEW}. */
    @Parameter(property = "retort.rename_tables")
    private List<String> renameTables = new ArrayList<>();

    /** Renamed columns, {@code TABLE.OLD=NEW}. */
    @Parameter(property = "retort.rename_columns")
    private List<String> renameColumns = new ArrayList<>();

    @Override
    void run(Retort retort) {
        Changes changes = retort.diff(new AutogenerateOptions(renameTables, renameColumns, false));
        if (changes.isEmpty()) {
            getLog().info("no changes: the database matches the model");
        } else {
            getLog().info("-- upgrade (" + changes.upgrade().size() + " operations)");
            changes.upgradeSql().lines().forEach(getLog()::info);
            getLog().info("-- downgrade");
            changes.downgradeSql().lines().forEach(getLog()::info);
        }
        Reports.warnings(changes).forEach(getLog()::warn);
    }
}
