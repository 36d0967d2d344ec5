package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassCountsTest {

    @Test
    void countsClassesArchiveHitsAndTheTimeline() {
        List<String> log = List.of(
                "[0.070s] java.lang.Object source: shared objects file",
                "[0.080s] java.lang.String source: shared objects file",
                "[0.200s] dev.retort.cli.RetortCli source: shared objects file (top)",
                "[0.210s] picocli.CommandLine source: file:/x/retort.jar",
                "[0.211s] picocli.CommandLine$Help source: file:/x/retort.jar",
                "[0.300s] java.sql.DriverManager source: jrt:/java.sql",
                "[0.350s] org.postgresql.Driver source: shared objects file (top)",
                "[0.420s] java.lang.invoke.LambdaForm$MH/0x0001 source: __JVM_LookupDefineClass__",
                "not a class line");
        Results.ClassLoad load = ClassCounts.parse(log, Tool.RETORT, "v", "postgres", 500_000_000L);
        assertEquals(8, load.total());
        assertEquals(4, load.fromArchive());
        assertEquals(200.0, load.mainAt(), 1e-9);
        assertEquals(350.0, load.jdbcAt(), 1e-9, "the driver's first class, not DriverManager");
        assertEquals(420.0, load.lastAt(), 1e-9);
        assertEquals(500.0, load.wallMillis(), 1e-9);
        assertEquals("picocli 2, java.lang 1, java.sql 1", load.topOutside());
    }

    @Test
    void aMissingMarkerIsMinusOne() {
        Results.ClassLoad load = ClassCounts.parse(List.of("[0.070s] java.lang.Object source: shared objects file"),
                Tool.FLYWAY, "v", "sqlite", 0);
        assertEquals(-1.0, load.mainAt(), 1e-9);
        assertEquals(-1.0, load.jdbcAt(), 1e-9);
    }
}
