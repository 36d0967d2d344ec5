package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The history as an Alembic project, for the whole-process start-up scenario (g): {@code alembic.ini},
 * an {@code env.py} as Alembic's own template has it (an engine from the ini's URL, no pooling, one
 * transaction around the migrations) but with the version table and search path in the bench's schema,
 * and one {@code versions/} module per revision running the very same SQL through {@code op.execute}.
 */
final class AlembicProject {

    private AlembicProject() {
    }

    /** Writes the project into a fresh directory; {@code url} is a SQLAlchemy URL, {@code schema} where it works. */
    static Path write(History history, Path directory, String url, String schema) {
        try {
            if (Files.exists(directory)) {
                try (var walk = Files.walk(directory)) {
                    for (Path path : walk.sorted(Collections.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Path versions = Files.createDirectories(directory.resolve("versions"));
            Files.writeString(directory.resolve("alembic.ini"), """
                    [alembic]
                    script_location = %s
                    sqlalchemy.url = %s
                    bench_schema = %s

                    [loggers]
                    keys = root

                    [handlers]
                    keys = console

                    [formatters]
                    keys = generic

                    [logger_root]
                    level = WARN
                    handlers = console

                    [handler_console]
                    class = StreamHandler
                    args = (sys.stderr,)
                    level = NOTSET
                    formatter = generic

                    [formatter_generic]
                    format = %%(levelname)-5.5s [%%(name)s] %%(message)s
                    """.formatted(directory.toAbsolutePath(), url, schema));
            Files.writeString(directory.resolve("env.py"), """
                    from logging.config import fileConfig

                    from alembic import context
                    from sqlalchemy import engine_from_config, pool, text

                    config = context.config
                    fileConfig(config.config_file_name)
                    schema = config.get_main_option("bench_schema")

                    connectable = engine_from_config(
                        config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool
                    )
                    with connectable.connect() as connection:
                        connection.execute(text("SET search_path TO " + schema))
                        context.configure(connection=connection, target_metadata=None, version_table_schema=schema)
                        with context.begin_transaction():
                            context.run_migrations()
                    """);
            List<String> ids = ProjectWriter.revisionIds(history.changes().size());
            String parent = "None";
            for (History.Change change : history.changes()) {
                String id = ids.get(change.number() - 1);
                StringBuilder text = new StringBuilder()
                        .append("\"\"\"").append(change.slug()).append("\"\"\"\n")
                        .append("from alembic import op\n\n")
                        .append("revision = \"").append(id).append("\"\n")
                        .append("down_revision = ").append(parent).append('\n')
                        .append("branch_labels = None\ndepends_on = None\n\n\n")
                        .append("def upgrade():\n");
                change.upgrade().forEach(sql -> text.append("    op.execute(").append(literal(sql)).append(")\n"));
                text.append("\n\ndef downgrade():\n");
                List<String> down = new ArrayList<>(change.downgrade());
                Collections.reverse(down);
                down.forEach(sql -> text.append("    op.execute(").append(literal(sql)).append(")\n"));
                Files.writeString(versions.resolve(String.format("%03d_%s_%s.py", change.number(), id,
                        ProjectWriter.slug(change.slug()))), text);
                parent = "\"" + id + "\"";
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Alembic project in " + directory, e);
        }
    }

    /** The head revision's id: what alembic_version holds at head. */
    static String head(History history) {
        return ProjectWriter.revisionIds(history.changes().size()).get(history.changes().size() - 1);
    }

    /** A Python string literal for generated SQL (single quotes and newlines at most: no double quotes or backslashes). */
    private static String literal(String sql) {
        if (sql.contains("\\") || sql.contains("\"")) {
            throw new IllegalArgumentException("cannot quote for Python: " + sql);
        }
        return "\"\"\"" + sql + "\"\"\"";
    }
}
