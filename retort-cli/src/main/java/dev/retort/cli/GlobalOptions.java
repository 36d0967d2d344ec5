package dev.retort.cli;

import dev.retort.command.Retort;
import dev.retort.command.RetortBuilder;
import dev.retort.runtime.StepListener;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every subcommand accepts, before or after its name. */
final class GlobalOptions {

    @Option(names = "-C", paramLabel = "DIR", description = "Project directory (where retort.toml is). Default: current directory.",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    Path directory = Path.of("");

    @Option(names = "--url", paramLabel = "JDBC_URL", description = "Database URL (overrides RETORT_URL and retort.toml).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user.", scope = picocli.CommandLine.ScopeType.INHERIT)
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Database password (prefer RETORT_PASSWORD).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    String password;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and requested data.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @Option(names = "--json", description = "Machine-readable output (current, heads, history, status, check, inspect).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean json;

    Retort retort(StepListener listener) {
        RetortBuilder builder = Retort.builder().projectDirectory(directory).readEnvironment(true).listener(listener);
        if (url != null) {
            builder.url(url);
        }
        if (user != null) {
            builder.user(user);
        }
        if (password != null) {
            builder.password(password);
        }
        return builder.build();
    }
}
