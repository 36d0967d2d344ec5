package example.modular;

import dev.retort.Retort;
import dev.retort.StepResult;
import java.util.List;

/**
 * An application on the class path using retort-core as a named module ({@link ModulePathTest} starts it):
 * prints what the module exports and runs one upgrade. Exits 1 when the core is not the named module.
 */
public final class ModularMain {

    private ModularMain() {
    }

    /**
     * Prints the module's name and whether an internal package is exported, then upgrades to head.
     *
     * @param args the JDBC URL and the directory of revision scripts
     */
    public static void main(String[] args) {
        Module core = Retort.class.getModule();
        System.out.println("module " + core.getName() + " exports dev.retort.runtime: " + core.isExported("dev.retort.runtime"));
        if (!core.isNamed()) {
            System.exit(1);
        }
        Retort retort = Retort.builder().url(args[0]).locations(args[1]).readEnvironment(false).build();
        List<StepResult> steps = retort.upgrade("head");
        System.out.println("dialect " + retort.dialect() + ", applied " + steps.stream().map(StepResult::revision).toList()
                + ", up to date " + retort.status().upToDate());
    }
}
