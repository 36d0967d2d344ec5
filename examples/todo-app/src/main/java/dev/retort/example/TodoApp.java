package dev.retort.example;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.StartupOptions;
import dev.retort.StartupReport;
import java.nio.file.Path;

/**
 * A small application that brings its database up to date when it starts, as DB-GPT does with
 * {@code _ddl_init_and_upgrade}: {@code TodoApp [PROJECT_DIR] [--mode development|production|disabled]}.
 * The database comes from {@code RETORT_URL} (and {@code RETORT_USER}/{@code RETORT_PASSWORD}).
 */
public final class TodoApp {

    private TodoApp() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : ".");
        String mode = "development";
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--mode")) {
                mode = args[i + 1];
            }
        }
        StartupOptions options = switch (mode) {
            case "production" -> StartupOptions.production();
            case "disabled" -> StartupOptions.disabled();
            default -> StartupOptions.development();
        };
        try {
            Retort retort = Retort.builder().projectDirectory(project).readEnvironment(true).build();
            StartupReport report = retort.initAndUpgrade(options);
            System.out.println("started: applied " + report.applied().size() + " revision(s)"
                    + (report.generated() == null ? "" : ", generated " + report.generated().id()));
        } catch (RetortException e) {
            System.err.println("cannot start: " + e.getMessage());
            System.exit(e.kind().exitCode());
        }
    }
}
