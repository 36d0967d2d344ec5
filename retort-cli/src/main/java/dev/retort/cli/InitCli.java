package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.Init;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort init [DIR]}. */
@Command(name = "init", description = "Create retort.toml and migrations/ in DIR (default: the project directory).")
final class InitCli extends SubcommandCli {

    @Parameters(arity = "0..1", paramLabel = "DIR")
    Path directory;

    @Override
    public Integer call() {
        Path target = directory != null ? options().directory.resolve(directory) : options().directory;
        List<Path> created = Init.run(target);
        if (options().json) {
            json(Reports.object("directory", target.toAbsolutePath().normalize().toString(),
                    "created", created.stream().map(Path::toString).toList()));
            return ExitCodes.OK;
        }
        if (created.isEmpty()) {
            info("nothing to do: " + target.toAbsolutePath().normalize() + " already has retort.toml and migrations/");
        }
        created.forEach(path -> info("created " + path));
        return ExitCodes.OK;
    }
}
