package dev.retort.bench.entities;

import dev.retort.AutogenerateOptions;
import dev.retort.Retort;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;
import liquibase.diff.DiffResult;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Scenario h: autogenerate with nothing changed, the model the 81 entities of testdata/entities/shopizer,
 * on PostgreSQL, Retort against Liquibase's Hibernate extension (liquibase-hibernate6 {@code diff} of
 * the entities against the database), whole process and in-process, in one run. The database is made
 * by Hibernate itself ({@code hbm2ddl.auto=create}) so that neither tool built it; every Retort result
 * is checked to be empty and no file to be written; Liquibase's differences are counted and reported.
 * Run by {@code bench/entities.sh}; see bench/README.md.
 */
public final class EntitiesBench {

    private static final String DATABASE = "bench_entities";
    private static final String PACKAGE = "com.salesmanager.core.model";
    private static final List<Logger> QUIET = new ArrayList<>();

    private final Map<String, String> args;
    private final Path root;
    private final Path work;
    private final String adminUrl;
    private final String user;
    private final String url;
    private final int runs;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<Long>> samples = new LinkedHashMap<>();

    private EntitiesBench(Map<String, String> args) {
        this.args = args;
        this.root = Path.of(args.getOrDefault("--root", ".")).toAbsolutePath().normalize();
        this.work = Path.of(args.getOrDefault("--work", "bench/entities/target/work")).toAbsolutePath();
        this.adminUrl = args.getOrDefault("--postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
        this.user = args.getOrDefault("--postgres-user", "postgres");
        this.url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + DATABASE + "$1");
        this.runs = Integer.parseInt(args.getOrDefault("--runs", "10"));
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i], argv[i + 1]);
        }
        for (String name : List.of("", "org.hibernate", "liquibase")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET.add(logger);
        }
        System.setProperty("liquibase.analytics.enabled", "false");
        new EntitiesBench(args).run();
    }

    private void run() throws Exception {
        Path classes = compile();
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)", "CREATE DATABASE " + DATABASE);
        try {
            hibernateCreate(classes);
            Path project = project(classes);
            retortInProcess(project);
            retortProcess(project, false);
            retortProcess(project, true);
            liquibaseInProcess(classes);
            liquibaseProcess(classes);
            report();
        } finally {
            if (!args.containsKey("--keep")) {
                admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    /** Shopizer's sources compiled with this JVM's class path, plus a persistence unit listing them. */
    private Path compile() throws IOException {
        Path sources = root.resolve("testdata/entities/shopizer/java");
        Path classes = work.resolve("shopizer-classes");
        deleteTree(classes);
        Files.createDirectories(classes.resolve("META-INF"));
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, null)) {
            if (!compiler.getTask(messages, manager, null, List.of("--release", "17", "-proc:none", "-nowarn",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()), null,
                    manager.getJavaFileObjectsFromFiles(files)).call()) {
                throw new IllegalStateException("shopizer does not compile:\n" + messages);
            }
        }
        StringBuilder unit = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.0\">\n"
                + "  <persistence-unit name=\"shopizer\">\n");
        for (String name : mappedClasses(classes)) {
            unit.append("    <class>").append(name).append("</class>\n");
        }
        // The application's own persistence unit names its dialect; liquibase-hibernate6 builds the unit without a connection.
        unit.append("    <exclude-unlisted-classes>true</exclude-unlisted-classes>\n    <properties>\n"
                + "      <property name=\"hibernate.dialect\" value=\"org.hibernate.dialect.PostgreSQLDialect\"/>\n"
                + "    </properties>\n  </persistence-unit>\n</persistence>\n");
        Files.writeString(classes.resolve("META-INF/persistence.xml"), unit);
        return classes;
    }

    private static List<String> mappedClasses(Path classes) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes); URLClassLoader loader = loader(classes)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - 6).replace(File.separatorChar, '.');
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (Stream.of(type.getDeclaredAnnotations()).map(a -> a.annotationType().getName())
                            .anyMatch(a -> a.equals("jakarta.persistence.Entity") || a.equals("jakarta.persistence.Embeddable")
                                    || a.equals("jakarta.persistence.MappedSuperclass") || a.equals("jakarta.persistence.Converter"))) {
                        names.add(name);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static URLClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, EntitiesBench.class.getClassLoader());
    }

    /** The database at "head": Hibernate's own schema for the entities. */
    private void hibernateCreate(Path classes) throws IOException {
        try (URLClassLoader loader = loader(classes)) {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
                    new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
                    .applySetting("hibernate.connection.url", url).applySetting("hibernate.connection.username", user)
                    .applySetting("hibernate.connection.password", "").applySetting("hibernate.hbm2ddl.auto", "create")
                    .applySetting("hibernate.query.startup_check", "false").build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                for (String name : mappedClasses(classes)) {
                    sources.addAnnotatedClass(Class.forName(name, false, loader));
                }
                sources.buildMetadata().buildSessionFactory().close();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        }
        notes.add("The database (" + DATABASE + ", PostgreSQL) was created by Hibernate " + org.hibernate.Version.getVersionString()
                + " itself (hbm2ddl.auto=create) from the 81 entities; both tools compare the same entities with it.");
    }

    /** A project as the command line reads it: the entities' classes and Hibernate's jars on model_classpath. */
    private Path project(Path classes) throws IOException {
        Path project = work.resolve("project");
        deleteTree(project);
        Files.createDirectories(project.resolve("migrations"));
        List<String> classpath = new ArrayList<>();
        classpath.add(classes.toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            // Hibernate and its dependencies, and retort-hibernate (the command line finds its model provider
            // on model_classpath); not Liquibase, nor what bin/retort carries itself.
            if (name.endsWith(".jar") && !name.startsWith("liquibase") && !name.startsWith("retort-core")
                    && !name.startsWith("entities-bench") && !name.startsWith("postgresql") && !name.startsWith("picocli")) {
                classpath.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        StringBuilder toml = new StringBuilder("url = \"" + url + "\"\nuser = \"" + user + "\"\n")
                .append("model_entities = [\"" + PACKAGE + "\"]\nmodel_classpath = [");
        for (int i = 0; i < classpath.size(); i++) {
            toml.append(i == 0 ? "" : ", ").append('"').append(classpath.get(i).replace("\\", "\\\\")).append('"');
        }
        Files.writeString(project.resolve("retort.toml"), toml.append("]\n"));
        return project;
    }

    private void retortInProcess(Path project) {
        Runnable call = () -> {
            Retort.Generated generated = Retort.builder().projectDirectory(project).readEnvironment(false).build()
                    .autogenerate("nothing changed", AutogenerateOptions.defaults());
            if (generated.script() != null || !generated.changes().isEmpty()) {
                throw new IllegalStateException("Retort found a difference:\n" + generated.changes().upgradeSql());
            }
        };
        call.run();
        call.run();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            sample("Retort in-process (autogenerate, fresh Retort per call, warm JVM)", System.nanoTime() - start);
        }
    }

    /** bin/retort revision --autogenerate; with {@code cold}, the project's model cache is deleted before each run. */
    private void retortProcess(Path project, boolean cold) throws IOException, InterruptedException {
        Path retort = root.resolve("bin/retort");
        List<String> command = List.of(retort.toString(), "-C", project.toString(), "-q", "revision", "--autogenerate",
                "-m", "nothing changed");
        String row = cold ? "Retort whole process, model cache deleted before each run (Hibernate boots)"
                : "Retort whole process (`bin/retort revision --autogenerate`)";
        int count = cold ? Math.max(3, runs / 2) : runs;
        for (int i = -1; i < count; i++) {
            if (cold) {
                deleteTree(project.resolve(".retort"));
            }
            long start = System.nanoTime();
            String output = exec(command, Map.of());
            long nanos = System.nanoTime() - start;
            try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
                if (files.findAny().isPresent()) {
                    throw new IllegalStateException("bin/retort wrote a revision: " + output);
                }
            }
            if (i >= 0) {
                sample(row, nanos);
            }
        }
    }

    private String referenceUrl() {
        return "hibernate:ejb3:shopizer?dialect=org.hibernate.dialect.PostgreSQLDialect";
    }

    private void liquibaseInProcess(Path classes) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = loader(classes)) {
            Thread.currentThread().setContextClassLoader(loader);
            int differences = -1;
            int count = Math.max(3, runs / 3);
            for (int i = -1; i < count; i++) {
                long start = System.nanoTime();
                CommandScope diff = new CommandScope("diff");
                diff.addArgumentValue("url", url);
                diff.addArgumentValue("username", user);
                diff.addArgumentValue("password", "");
                diff.addArgumentValue("referenceUrl", referenceUrl());
                diff.setOutput(OutputStream.nullOutputStream());
                CommandResults results = diff.execute();
                long nanos = System.nanoTime() - start;
                DiffResult result = (DiffResult) results.getResult("diffResult");
                differences = result == null ? -1 : result.getMissingObjects().size() + result.getUnexpectedObjects().size()
                        + result.getChangedObjects().size();
                if (i >= 0) {
                    sample("Liquibase in-process (`diff`, hibernate:ejb3 reference, warm JVM)", nanos);
                }
            }
            notes.add("Liquibase's diff of the same entities against the same database reports " + differences
                    + " differences (missing + unexpected + changed objects); Retort's reports none.");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void liquibaseProcess(Path classes) throws IOException, InterruptedException {
        String classpath = classes + File.pathSeparator + System.getProperty("java.class.path");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dliquibase.analytics.enabled=false", "-cp", classpath, "liquibase.integration.commandline.LiquibaseCommandLine",
                "--url=" + url, "--username=" + user, "--password=", "--reference-url=" + referenceUrl(), "--log-level=SEVERE",
                "diff");
        int count = Math.max(3, runs / 3);
        for (int i = -1; i < count; i++) {
            long start = System.nanoTime();
            exec(command, Map.of());
            if (i >= 0) {
                sample("Liquibase whole process (`liquibase diff`, LiquibaseCommandLine)", System.nanoTime() - start);
            }
        }
    }

    private String exec(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                    + " failed:\n" + output);
        }
        return output;
    }

    private void sample(String row, long nanos) {
        samples.computeIfAbsent(row, r -> new ArrayList<>()).add(nanos);
        System.err.printf(Locale.ROOT, "%s: %.0f ms%n", row, nanos / 1e6);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
    }

    private void report() throws IOException {
        Path out = Path.of(args.getOrDefault("--out", root.resolve("bench/results/latest-entities.md").toString()));
        StringBuilder text = new StringBuilder("# Scenario h: autogenerate with nothing changed, shopizer's 81 entities, PostgreSQL\n\n")
                .append("Run by `bench/entities.sh` (commit ").append(args.getOrDefault("--commit", "unknown")).append("; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; Java ")
                .append(System.getProperty("java.version")).append(").\n\n")
                .append("| what | runs | median ms | min ms |\n|---|---|---|---|\n");
        samples.forEach((row, values) -> text.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", row,
                values.size(), median(values), values.stream().min(Comparator.naturalOrder()).orElseThrow() / 1e6)));
        text.append('\n');
        String retortProcess = "Retort whole process (`bin/retort revision --autogenerate`)";
        String liquibaseProcess = "Liquibase whole process (`liquibase diff`, LiquibaseCommandLine)";
        String retortIn = "Retort in-process (autogenerate, fresh Retort per call, warm JVM)";
        String liquibaseIn = "Liquibase in-process (`diff`, hibernate:ejb3 reference, warm JVM)";
        if (samples.containsKey(retortProcess) && samples.containsKey(liquibaseProcess)) {
            text.append(String.format(Locale.ROOT, "Whole process: Liquibase takes %.1f× Retort's time.%n",
                    median(samples.get(liquibaseProcess)) / median(samples.get(retortProcess))));
        }
        if (samples.containsKey(retortIn) && samples.containsKey(liquibaseIn)) {
            text.append(String.format(Locale.ROOT, "In-process: Liquibase takes %.1f× Retort's time.%n",
                    median(samples.get(liquibaseIn)) / median(samples.get(retortIn))));
        }
        text.append('\n');
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text);
        System.err.println("wrote " + out);
    }

    private void admin(String... statements) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
