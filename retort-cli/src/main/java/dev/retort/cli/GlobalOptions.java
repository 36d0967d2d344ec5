package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.StepListener;
import dev.retort.RetortConfig;
import dev.retort.Redaction;
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

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors, and the database drivers' own log lines.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @Option(names = "--json", description = "Print one JSON document instead of text, on every command (docs/cli-json.md).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean json;

    /** The configuration loaded by this run, once loaded: its password and URL are secrets too. */
    private RetortConfig loaded;

    /**
     * What error output masks literally, wherever a message repeats it: the password and the URL's secrets, from
     * the flags and the loaded configuration. Worked out only when an error is printed.
     */
    java.util.Set<String> secrets() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(Redaction.secrets(url, password));
        if (loaded != null) {
            all.addAll(Redaction.secrets(loaded.url(), loaded.password()));
        }
        return all;
    }

    /**
     * The jars of {@code lib/model/} next to this distribution's {@code lib/retort.jar} ({@code retort-hibernate}):
     * kept out of retort.jar, they join the user's {@code model_classpath} in the model's own class loader, where
     * they see the user's Hibernate. Empty when Retort runs from elsewhere (a build's classes).
     */
    static java.util.List<java.nio.file.Path> modelLibraries() {
        try {
            java.security.CodeSource source = GlobalOptions.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return java.util.List.of();
            }
            java.nio.file.Path jar = java.nio.file.Path.of(source.getLocation().toURI());
            java.nio.file.Path directory = jar.resolveSibling("model");
            if (!java.nio.file.Files.isRegularFile(jar) || !java.nio.file.Files.isDirectory(directory)) {
                return java.util.List.of();
            }
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(directory)) {
                return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
            }
        } catch (java.net.URISyntaxException | java.io.IOException | IllegalArgumentException e) {
            return java.util.List.of();
        }
    }

    /** A Retort for the named subcommand, which it shows the database as {@code retort <command>}. */
    Retort retort(StepListener listener, String command) {
        RetortBuilder builder = Retort.builder().projectDirectory(directory).readEnvironment(true).listener(listener)
                .applicationName("retort " + command).modelLibraries(modelLibraries());
        if (url != null) {
            builder.url(url);
        }
        if (user != null) {
            builder.user(user);
        }
        if (password != null) {
            builder.password(password);
        }
        Retort retort = builder.build();
        loaded = retort.config();
        return retort;
    }
}
