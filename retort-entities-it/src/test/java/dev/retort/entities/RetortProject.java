package dev.retort.entities;

import dev.retort.AutogenerateOptions;
import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Retort project whose model is an entity set's compiled classes, configured by the settings the
 * command line reads from {@code retort.toml} ({@code model_entities}, {@code model_classpath},
 * {@code physical_naming_strategy}), against one database. A new {@code Retort} per command, as
 * separate command-line runs would have.
 */
final class RetortProject {

    private final Path directory;
    private final EntitySet set;
    private final Target target;
    private Path classes;

    RetortProject(Path directory, EntitySet set, Target target, Path classes) {
        this.directory = directory;
        this.set = set;
        this.target = target;
        this.classes = classes;
        try {
            Files.createDirectories(directory.resolve("migrations"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model now comes from these classes (an edited version of the set). */
    void model(Path newClasses) {
        this.classes = newClasses;
    }

    Retort retort() {
        RetortBuilder builder = Retort.builder().projectDirectory(directory).readEnvironment(false)
                .url(target.hibernateUrl())
                .set("model_entities", set.rootPackage())
                .set("model_classpath", classes.toString());
        if (target.user() != null) {
            builder.user(target.user());
            builder.password(target.password() == null ? "" : target.password());
        }
        Map<String, String> settings = set.settings();
        String physical = settings.get("hibernate.physical_naming_strategy");
        if (physical != null) {
            builder.set("physical_naming_strategy", physical);
        }
        return builder.build();
    }

    /** {@code revision --autogenerate}: the new script, or null when nothing changed (no file written). */
    Path autogenerate(String message) {
        List<Path> before = revisions();
        Retort.Generated generated = retort().autogenerate(message, AutogenerateOptions.defaults());
        List<Path> after = revisions();
        if (generated.script() == null) {
            if (!after.equals(before)) {
                throw new AssertionError("autogenerate reported no change but wrote " + after);
            }
            return null;
        }
        return java.nio.file.Path.of(generated.script().location());
    }

    Changes diff() {
        return retort().diff(AutogenerateOptions.defaults());
    }

    void upgrade() {
        retort().upgrade("head");
    }

    void downgrade(String target) {
        retort().downgrade(target);
    }

    List<Path> revisions() {
        try (Stream<Path> files = Files.list(directory.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
