package dev.retort.spring.boot.autoconfigure;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Turns {@code retort.model} entries into files Retort can read: plain paths as they are, {@code classpath:} (or
 * any Spring resource) to its file, or to a temporary copy when it sits inside a jar. Stateless.
 */
final class ModelFiles {

    private ModelFiles() {
    }

    static List<String> resolve(List<String> entries, ResourceLoader resources) {
        List<String> files = new ArrayList<>();
        for (String entry : entries) {
            files.add(entry.contains(":") && !isWindowsPath(entry) ? file(entry, resources) : entry);
        }
        return files;
    }

    private static boolean isWindowsPath(String entry) {
        return entry.length() > 2 && entry.charAt(1) == ':' && Character.isLetter(entry.charAt(0));
    }

    private static String file(String location, ResourceLoader resources) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "retort.model: " + location + " does not exist;"
                    + " name a SQL file of the desired schema (e.g. classpath:db/schema.sql)");
        }
        try {
            if (resource.isFile()) {
                return resource.getFile().getAbsolutePath();
            }
            // Inside a jar: Retort reads model files from disk. Includes relative to it (psql \ir) are not copied.
            String name = resource.getFilename() == null ? "model.sql" : resource.getFilename();
            Path copy = Files.createTempDirectory("retort-model").resolve(name);
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            // Deleted in the reverse order of registration: the file, then its directory.
            copy.getParent().toFile().deleteOnExit();
            copy.toFile().deleteOnExit();
            return copy.toString();
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "retort.model: cannot read " + location + ": "
                    + e.getMessage());
        }
    }
}
