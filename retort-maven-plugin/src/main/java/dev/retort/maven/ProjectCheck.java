package dev.retort.maven;

import dev.retort.RetortException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * Whether a module is a Retort project: it has {@code retort.toml}, or one of its locations exists (a
 * {@code classpath:} location counts), or the goal names a settings file. An aggregator ({@code pom} packaging)
 * without one is skipped, so {@code mvn retort:check} at the root of a multi-module build runs in the modules
 * that have scripts; any other module without one is refused, as the command line refuses a directory that is
 * not a project, before an SQLite {@code retort.db} could be made there. Stateless.
 */
final class ProjectCheck {

    static final String FILE_NAME = "retort.toml";

    private ProjectCheck() {
    }

    static boolean isProject(MavenProject project, List<String> locations, File configFile) {
        if (configFile != null) {
            return true;
        }
        Path directory = project.getBasedir().toPath();
        if (Files.isRegularFile(directory.resolve(FILE_NAME))) {
            return true;
        }
        for (String location : locations.isEmpty() ? List.of("migrations") : locations) {
            if (location.startsWith("classpath:") || Files.isDirectory(directory.resolve(location))) {
                return true;
            }
        }
        if ("pom".equals(project.getPackaging())) {
            return false;
        }
        throw new RetortException(RetortException.Kind.USAGE, "no Retort project in " + directory + ": it has neither "
                + FILE_NAME + " nor " + String.join(", ", (locations.isEmpty() ? List.of("migrations") : locations).stream()
                        .map(l -> l + "/").toList())
                + "; create " + FILE_NAME + " or the scripts' directory there, or set <skip>true</skip> for this module");
    }
}
