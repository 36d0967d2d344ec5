package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The wide schema of scenarios d and e on one database, loaded (untimed) into three slots:
 * {@code bench_wide} (the live database every tool reads), {@code bench_wide2} (the same schema again:
 * the second database of Liquibase's diff, and Retort's stand-in for a model already loaded; on
 * PostgreSQL in a second bench database, see {@link BenchDatabase#second}) and
 * {@code bench_widewarm} (40 tables, where Liquibase warms up: its calls on the whole schema take up to
 * a minute each; more tables than that and its SQLite snapshot fails already, see README). Beside them a Retort project whose model file is the same schema. Immutable.
 *
 * @param live    the {@code bench_wide} slot
 * @param copy    the {@code bench_wide2} slot
 * @param warm    the {@code bench_widewarm} slot
 * @param project the Retort project directory holding {@link RetortSchema#MODEL}
 */
record WideSetup(BenchDatabase database, WideSchema schema, BenchDatabase.Target live, BenchDatabase.Target copy,
                 BenchDatabase.Target warm, Path project) {

    static final String LIVE = "wide";
    static final String COPY = "wide2";
    static final String WARM = "widewarm";

    /** Loads the three slots and writes the model file; reports how long the loads took. */
    static WideSetup load(Setup setup, BenchDatabase database) {
        WideSchema schema = new WideSchema(setup.options().wideTables());
        WideSchema small = new WideSchema(warmTables(schema.tables()));
        long start = System.nanoTime();
        BenchDatabase second = database.second();
        if (second != database) {
            second.open();
        }
        BenchDatabase.Target live = database.load(LIVE, schema.statements());
        BenchDatabase.Target copy = second.load(COPY, schema.statements());
        BenchDatabase.Target warm = second.load(WARM, small.statements());
        Setup.progress(String.format(java.util.Locale.ROOT, "  %s: loaded %d + %d + %d tables in %.1f s", database.name(),
                schema.tables(), schema.tables(), small.tables(), (System.nanoTime() - start) / 1e9));
        Path project = setup.projects(database).resolve("wide");
        try {
            Files.createDirectories(project);
            Files.writeString(project.resolve(RetortSchema.MODEL), schema.script());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the wide model into " + project, e);
        }
        return new WideSetup(database, schema, live, copy, warm, project);
    }

    /** Tables of the warm-up slot: 40 (fewer for a small wide schema, at least 10). */
    static int warmTables(int tables) {
        return Math.max(10, Math.min(40, tables / 25));
    }

    /** Removes the three slots (also after a failed run: {@link Bench} calls it for every database). */
    static void drop(BenchDatabase database, int tables) {
        List<String> names = IntStream.rangeClosed(1, tables).mapToObj(WideSchema::table).toList();
        database.dropTables(LIVE, names);
        BenchDatabase second = database.second();
        if (second != database) {
            second.close(); // the whole second database, copy and warm-up slot with it
        } else {
            second.dropTables(COPY, names);
            second.dropTables(WARM, names);
        }
    }

    void drop() {
        drop(database, schema.tables());
    }
}
