package dev.retort.bench;

/** A cold process doing one Liquibase upgrade to head (see {@link ToolProcess}); its class path holds only Liquibase and the drivers. */
public final class LiquibaseMain {

    private LiquibaseMain() {
    }

    public static void main(String[] args) {
        ToolProcess.run(Tool.LIQUIBASE, args);
    }
}
