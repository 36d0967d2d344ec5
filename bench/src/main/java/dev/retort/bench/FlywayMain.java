package dev.retort.bench;

/**
 * A cold process doing one Flyway upgrade to head (see {@link ToolProcess}); the bench starts it on a
 * class path holding only Flyway and the JDBC drivers.
 */
public final class FlywayMain {

    private FlywayMain() {
    }

    public static void main(String[] args) {
        ToolProcess.run(Tool.FLYWAY, args);
    }
}
