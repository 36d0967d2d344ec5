package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.RetortConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that the command line runs in a Retort project, before any database is touched. Stateless. */
final class ProjectDirectory {

    private ProjectDirectory() {
    }

    /** The {@code -C} directory (or the working directory) exists and is a directory. */
    static void requireExists(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new RetortException(RetortException.Kind.USAGE, "the project directory " + absolute
                    + " does not exist; check the path given to -C, or create a project there with 'retort -C "
                    + directory + " init'");
        }
        if (!Files.isDirectory(absolute)) {
            throw new RetortException(RetortException.Kind.USAGE, "the project directory " + absolute
                    + " is a file, not a directory; give -C the directory that holds retort.toml");
        }
    }

    /**
     * The directory holds {@code retort.toml}, or one of the configured script locations exists (a
     * {@code classpath:} location counts: it was configured on purpose). Anything else is most likely the
     * wrong directory.
     */
    static void requireProject(RetortConfig config) {
        Path directory = config.projectDirectory();
        if (Files.isRegularFile(directory.resolve(RetortConfig.FILE_NAME))) {
            return;
        }
        for (String location : config.locations()) {
            if (location.startsWith("classpath:") || Files.isDirectory(directory.resolve(location))) {
                return;
            }
        }
        throw new RetortException(RetortException.Kind.USAGE, "no Retort project in " + directory + ": it has neither "
                + RetortConfig.FILE_NAME + " nor " + String.join(", ", config.locations().stream().map(l -> l + "/").toList())
                + "; run 'retort init' to start a project there, or name the project's directory with -C DIR");
    }
}
