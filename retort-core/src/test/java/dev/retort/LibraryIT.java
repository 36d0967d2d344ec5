package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as an application uses it: a DataSource, scripts on the classpath (a directory or a jar). */
class LibraryIT {

    @TempDir
    Path directory;

    private static JdbcDataSource dataSource(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    @Test
    void upgradesFromADataSourceWithScriptsInAClasspathDirectory() {
        Retort retort = Retort.builder().dataSource(dataSource("library_dir")).readEnvironment(false)
                .locations("classpath:db/classpath-migrations").projectDirectory(directory).build();
        assertEquals("h2", retort.dialect(), "the dialect comes from the data source's own URL");
        List<StepResult> steps = retort.upgrade("head");
        assertEquals(List.of("cp1"), steps.stream().map(StepResult::revision).toList());
        assertEquals(Set.of("cp1"), retort.databaseState().applied());
        assertEquals("classpath:db/classpath-migrations/0001_cp1.sql", retort.show("cp1").location());
        assertEquals(List.of(), retort.upgrade("head"));
    }

    @Test
    void readsScriptsFromAJar() throws IOException {
        Path jar = directory.resolve("scripts.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/jarred/"));
            out.putNextEntry(new JarEntry("db/jarred/0001_j1.sql"));
            out.write("-- retort:revision j1\n-- retort:upgrade\nCREATE TABLE jarred (id INTEGER);\n".getBytes());
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Retort retort = Retort.builder().dataSource(dataSource("library_jar")).readEnvironment(false)
                    .classLoader(loader).locations("classpath:db/jarred").projectDirectory(directory).build();
            assertEquals(List.of("j1"), retort.upgrade("head").stream().map(StepResult::revision).toList());
        }
    }
}
