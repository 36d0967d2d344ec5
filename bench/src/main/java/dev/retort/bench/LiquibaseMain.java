package dev.retort.bench;

/**
 * A cold process doing one Liquibase upgrade to head (see {@link ToolProcess}); the bench starts it on a
 * class path holding only Liquibase and the JDBC drivers.
 */
public final class LiquibaseMain {

    private LiquibaseMain() {
    }

    public static void main(String[] args) {
        ToolProcess.run(Tool.LIQUIBASE, args);
    }
}
