package dev.retort.bench;

import dev.retort.command.Retort;
import dev.retort.command.RetortBuilder;
import java.nio.file.Path;

/**
 * Brings a database to head with Retort, building the tool from nothing as an application start-up
 * does: {@code Retort.builder()…build().upgrade("head")}. Stateless.
 */
final class RetortUpgrade {

    private RetortUpgrade() {
    }

    /** Returns the number of revisions applied. */
    static int run(Path project, BenchDatabase.Target target) {
        RetortBuilder builder = Retort.builder().projectDirectory(project).readEnvironment(false).url(target.url());
        if (target.user() != null) {
            builder.user(target.user());
        }
        if (target.password() != null) {
            builder.password(target.password());
        }
        return builder.build().upgrade("head").size();
    }
}
