package dev.retort.bench;

/**
 * A cold process doing one Retort upgrade to head (see {@link ToolProcess}); the bench starts it on a
 * class path holding only Retort and the JDBC drivers.
 */
public final class RetortMain {

    private RetortMain() {
    }

    public static void main(String[] args) {
        ToolProcess.run(Tool.RETORT, args);
    }
}
