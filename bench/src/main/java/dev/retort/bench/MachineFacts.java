package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The facts that make a result readable later: machine, JDK, database and tool versions, and the load
 * the machine carried. Immutable once gathered.
 */
record MachineFacts(String date, String cpu, int cores, String memory, String os, String jdk, String loadBefore,
                    List<String> databases, List<String> tools) {

    MachineFacts {
        databases = List.copyOf(databases);
        tools = List.copyOf(tools);
    }

    static MachineFacts gather(List<BenchDatabase> databases, Path lib) {
        List<String> versions = new ArrayList<>();
        databases.forEach(database -> versions.add(database.version()));
        return new MachineFacts(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), readCpu(),
                Runtime.getRuntime().availableProcessors(), readMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")",
                loadAverage(), versions, tools(lib));
    }

    /** The 1-, 5- and 15-minute load averages, or "unknown" off Linux. */
    static String loadAverage() {
        String line = firstLine(Path.of("/proc/loadavg"));
        if (line.isEmpty()) {
            return "unknown";
        }
        String[] parts = line.split("\\s+");
        return parts[0] + " / " + parts[1] + " / " + parts[2];
    }

    private static String readCpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String readMemory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).map(l -> l.replaceAll("\\D+", ""))
                    .map(kb -> (Long.parseLong(kb) / 1024 / 1024) + " GiB").findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Versions from the jar names in lib/, e.g. flyway-core-13.12.0.jar. */
    private static List<String> tools(Path lib) {
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("retort-core")
                    || n.startsWith("flyway-core") || n.startsWith("liquibase-core") || n.startsWith("postgresql-")
                    || n.startsWith("mariadb-java-client") || n.startsWith("sqlite-jdbc"))
                    .map(n -> n.substring(0, n.length() - ".jar".length())).sorted().toList();
        } catch (IOException e) {
            return List.of("unknown (cannot list " + lib + ")");
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
