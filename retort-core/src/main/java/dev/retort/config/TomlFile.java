package dev.retort.config;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads a settings file in {@code retort.toml} form: a flat table of the known keys. Stateless. */
final class TomlFile {

    private TomlFile() {
    }

    /**
     * The settings of the file; an absent file gives none unless it is required. A directory or another
     * non-file in its place, and text that is not UTF-8, are errors: ignoring them would run on defaults.
     */
    static Map<String, Object> read(Path file, boolean required) {
        if (Files.isDirectory(file)) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, file + " is a directory, but Retort's"
                    + " settings are a file; remove or rename the directory (retort init writes the file)");
        }
        if (!Files.exists(file)) {
            if (required) {
                throw new RetortException(RetortException.Kind.CONFIGURATION, "settings file " + file
                        + " does not exist; check the path (retort init writes one)");
            }
            return Map.of();
        }
        if (!Files.isRegularFile(file)) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, file + " is not a regular file;"
                    + " replace it with the settings file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION,
                    "cannot read " + file + ": " + e.getMessage() + "; check the file's permissions", e);
        }
        Map<String, Object> values = TomlReader.parse(file.toString(), Utf8.decode(file, bytes));
        for (String key : values.keySet()) {
            if (!ConfigLoader.KEYS.contains(key)) {
                throw ConfigLoader.unknownKey(key, file.toString());
            }
        }
        return values;
    }
}
