package dev.retort.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * Whether a module is a Retort project. Only an aggregator ({@code pom} packaging) without one is skipped, so
 * {@code mvn retort:check} at the root of a multi-module build runs in the modules that have scripts; any other
 * module without one goes on and fails with Retort's own message. Stateless.
 */
final class ProjectCheck {

    static final String FILE_NAME = "retort.toml";

    private ProjectCheck() {
    }

    static boolean isProject(MavenProject project, List<String> locations, File configFile) {
        if (!"pom".equals(project.getPackaging()) || configFile != null) {
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
        return false;
    }
}
