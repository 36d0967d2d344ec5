package dev.retort.bench;

/** A cold process doing one Retort upgrade to head (see {@link ToolProcess}); its class path holds only Retort and the drivers. */
public final class RetortMain {

    private RetortMain() {
    }

    public static void main(String[] args) {
        ToolProcess.run(Tool.RETORT, args);
    }
}
