package dev.retort.bench;

/** A cold process doing one Flyway upgrade to head (see {@link ToolProcess}); its class path holds only Flyway and the drivers. */
public final class FlywayMain {

    private FlywayMain() {
    }

    public static void main(String[] args) {
        ToolProcess.run(Tool.FLYWAY, args);
    }
}
