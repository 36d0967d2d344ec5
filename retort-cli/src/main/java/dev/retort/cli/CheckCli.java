package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.Retort;
import dev.retort.Status;
import picocli.CommandLine.Command;

/** {@code retort check}: exit 1 when the database is not at head. */
@Command(name = "check", description = "Exit 1 when revisions are pending, applied scripts changed, or the model drifted.")
final class CheckCli extends SubcommandCli {

    @Override
    public Integer call() {
        Retort.Check check = retort().check();
        Status status = check.status();
        if (options().json) {
            java.util.Map<String, Object> map = Reports.fields(status);
            map.put("drift", check.drift());
            map.put("drift_note", check.driftNote());
            map.put("ok", check.ok());
            json(map);
        } else if (check.ok()) {
            info("ok: the database is at head (" + String.join(", ", status.currentHeads()) + ")"
                    + (check.drift() == null ? "" : " and has not drifted"));
            if (check.driftNote() != null) {
                info("  " + check.driftNote());
            }
        } else if (status.upToDate()) {
            out().println("the database has drifted (" + check.drift().upgrade().size() + " difference(s); "
                    + check.driftNote() + "); 'retort revision --autogenerate -m MSG' writes a revision for them:");
            check.drift().upgrade().forEach(step -> out().println("  " + step.description()));
        } else {
            if (!status.pending().isEmpty()) {
                out().println(status.pending().size() + " revision(s) pending: " + String.join(", ", status.pending())
                        + "; run 'retort upgrade'");
            }
            status.problems().forEach(p -> out().println("problem: " + p));
        }
        return check.ok() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
