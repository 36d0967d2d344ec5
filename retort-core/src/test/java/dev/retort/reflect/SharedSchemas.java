package dev.retort.reflect;

import dev.retort.testing.MultiSchemaCatalog;
import dev.retort.testing.TestData;
import dev.retort.testing.TestDatabase.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The acceptance cases: which files of {@code testdata/schemas} (and the generated {@link MultiSchemaCatalog}) load
 * into which database, in which order.
 */
public final class SharedSchemas {

    /**
     * One schema to load and reflect.
     *
     * @param label      the name in the report
     * @param kind       the database
     * @param files      loaded in order
     * @param option     H2: the MODE to set; PostgreSQL: the search_path for psql; else null
     * @param keepGoing  true to go on after a file fails (migration histories), false to stop
     */
    public record Case(String label, Kind kind, List<Path> files, String option, boolean keepGoing) {
        public static Case of(String label, Kind kind, Path... files) {
            return new Case(label, kind, List.of(files), null, false);
        }
    }

    private SharedSchemas() {
    }

    /** {@code testdata/schemas} of the repository. */
    public static Path root() {
        return TestData.schemas();
    }

    public static List<Case> all(Path root) {
        List<Case> cases = new ArrayList<>();
        cases.add(Case.of("chinook/chinook.postgres.sql", Kind.POSTGRES, root.resolve("chinook/chinook.postgres.sql")));
        cases.add(Case.of("chinook/chinook.mysql.sql", Kind.MYSQL, root.resolve("chinook/chinook.mysql.sql")));
        cases.add(Case.of("chinook/chinook.sqlite.sql", Kind.SQLITE, root.resolve("chinook/chinook.sqlite.sql")));
        cases.add(Case.of("sakila/sakila.mysql.sql", Kind.MYSQL, root.resolve("sakila/sakila.mysql.sql")));
        cases.add(Case.of("sakila/sakila.postgres.sql", Kind.POSTGRES, root.resolve("sakila/sakila.postgres.sql")));
        cases.add(Case.of("sakila/sakila.sqlite.sql", Kind.SQLITE, root.resolve("sakila/sakila.sqlite.sql")));
        for (Path file : list(root.resolve("dbgpt"), "v", ".sql")) {
            cases.add(Case.of("dbgpt/" + file.getFileName(), Kind.MYSQL, file));
        }
        cases.add(Case.of("dbgpt/dbgpt-main.sql", Kind.MYSQL, root.resolve("dbgpt/dbgpt-main.sql")));
        cases.add(Case.of("pagila", Kind.POSTGRES, root.resolve("pagila/pagila-schema-pre-pg18-e0e35a6.sql")));
        cases.add(Case.of("quartz/tables_h2.sql", Kind.H2, root.resolve("quartz/tables_h2.sql")));
        cases.add(Case.of("quartz/tables_mysql_innodb.sql", Kind.MYSQL, root.resolve("quartz/tables_mysql_innodb.sql")));
        cases.add(Case.of("quartz/tables_postgres.sql", Kind.POSTGRES, root.resolve("quartz/tables_postgres.sql")));
        springBatch(root, cases);
        cases.add(Case.of("petclinic/schema-h2.sql", Kind.H2, root.resolve("petclinic/schema-h2.sql")));
        cases.add(Case.of("petclinic/schema-mysql.sql", Kind.MYSQL, root.resolve("petclinic/schema-mysql.sql")));
        cases.add(Case.of("petclinic/schema-postgres.sql", Kind.POSTGRES, root.resolve("petclinic/schema-postgres.sql")));
        camunda(root, cases);
        Path dolphin = root.resolve("dolphinscheduler/current");
        cases.add(Case.of("dolphinscheduler/current postgresql", Kind.POSTGRES, dolphin.resolve("dolphinscheduler_postgresql.sql")));
        cases.add(Case.of("dolphinscheduler/current mysql", Kind.MYSQL, dolphin.resolve("dolphinscheduler_mysql.sql")));
        cases.add(new Case("dolphinscheduler/current h2 (MODE=MySQL)", Kind.H2,
                List.of(dolphin.resolve("dolphinscheduler_h2.sql")), "MySQL", false));
        Path ranger = root.resolve("apache-ranger/security-admin/db");
        cases.add(Case.of("apache-ranger optimized/current mysql", Kind.MYSQL, ranger.resolve("mysql/optimized/current/ranger_core_db_mysql.sql")));
        cases.add(Case.of("apache-ranger optimized/current postgres", Kind.POSTGRES,
                ranger.resolve("postgres/optimized/current/ranger_core_db_postgres.sql")));
        cases.add(new Case(MultiSchemaCatalog.LABEL, Kind.POSTGRES,
                MultiSchemaCatalog.write(Path.of("target", "multi-schema-catalog").toAbsolutePath()),
                MultiSchemaCatalog.SEARCH_PATH, false));
        Path kratos = root.resolve("ory-kratos/persistence/sql/migrations/sql");
        cases.add(new Case("ory-kratos sqlite3 migrations", Kind.SQLITE, kratos(kratos, "sqlite3"), null, true));
        cases.add(new Case("ory-kratos postgres migrations", Kind.POSTGRES, kratos(kratos, "postgres"), null, true));
        cases.add(new Case("ory-kratos mysql migrations", Kind.MYSQL, kratos(kratos, "mysql"), null, true));
        return cases;
    }

    private static void springBatch(Path root, List<Case> cases) {
        for (String version : List.of("current", "v5.2.6", "v4.3.9")) {
            Path dir = root.resolve("spring-batch").resolve(version);
            Path mysql = Files.exists(dir.resolve("schema-mariadb.sql")) ? dir.resolve("schema-mariadb.sql") : dir.resolve("schema-mysql.sql");
            cases.add(Case.of("spring-batch/" + version + "/schema-h2.sql", Kind.H2, dir.resolve("schema-h2.sql")));
            cases.add(Case.of("spring-batch/" + version + "/" + mysql.getFileName(), Kind.MYSQL, mysql));
            cases.add(Case.of("spring-batch/" + version + "/schema-postgresql.sql", Kind.POSTGRES, dir.resolve("schema-postgresql.sql")));
            cases.add(Case.of("spring-batch/" + version + "/schema-sqlite.sql", Kind.SQLITE, dir.resolve("schema-sqlite.sql")));
        }
    }

    /** Camunda creates engine, history, identity, then case and decision parts, in that order. */
    private static void camunda(Path root, List<Case> cases) {
        List<String> parts = List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");
        for (String dialect : List.of("h2", "mysql", "postgres")) {
            Kind kind = dialect.equals("h2") ? Kind.H2 : dialect.equals("mysql") ? Kind.MYSQL : Kind.POSTGRES;
            List<Path> files = parts.stream().map(part -> root.resolve("camunda7/create/activiti." + dialect + ".create." + part + ".sql")).toList();
            cases.add(new Case("camunda7 create " + dialect, kind, files, null, false));
        }
    }

    /**
     * ory/kratos migrations for one pop dialect, in timestamp order: per version the dialect's own
     * file if there is one, else the generic one ({@code .autocommit.} files included).
     */
    public static List<Path> kratos(Path dir, String dialect) {
        Map<String, Path> generic = new LinkedHashMap<>();
        Map<String, Path> specific = new LinkedHashMap<>();
        for (Path file : list(dir, "", ".up.sql")) {
            String name = file.getFileName().toString();
            name = name.substring(0, name.length() - ".up.sql".length());
            String version = name.substring(0, name.indexOf('_'));
            String rest = name.indexOf('.') < 0 ? "" : name.substring(name.indexOf('.') + 1);
            String fileDialect = rest.replace(".autocommit", "").replace("autocommit", "");
            // pop treats "sqlite" as a synonym of "sqlite3"
            fileDialect = fileDialect.equals("sqlite") ? "sqlite3" : fileDialect;
            String key = version + (name.indexOf('.') < 0 ? name.substring(name.indexOf('_')) : name.substring(name.indexOf('_'), name.indexOf('.')));
            if (fileDialect.isEmpty()) {
                generic.put(key, file);
            } else if (fileDialect.equals(dialect)) {
                specific.put(key, file);
            }
        }
        Map<String, Path> chosen = new java.util.TreeMap<>(generic);
        chosen.putAll(specific);
        return List.copyOf(chosen.values());
    }

    private static List<Path> list(Path dir, String prefix, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                    && file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
