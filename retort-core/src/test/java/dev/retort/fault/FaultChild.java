package dev.retort.fault;

import dev.retort.Direction;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.StepListener;
import dev.retort.StepResult;
import java.nio.file.Path;

/**
 * The process the fault suite kills: upgrades a project to head, printing (and flushing) a line as each revision
 * starts and as it is reported done, as the command line does. Arguments: project directory, URL, user, password
 * ("null" for none).
 */
public final class FaultChild {

    private FaultChild() {
    }

    public static void main(String[] args) {
        RetortBuilder builder = Retort.builder().projectDirectory(Path.of(args[0])).readEnvironment(false)
                .url(args[1]).applicationName("retort fault-child").listener(new StepListener() {
                    @Override
                    public void starting(String revision, String message, Direction direction) {
                        System.out.println("starting " + revision);
                        System.out.flush();
                    }

                    @Override
                    public void finished(StepResult result) {
                        System.out.println("done " + result.revision());
                        System.out.flush();
                    }
                });
        if (!"null".equals(args[2])) {
            builder.user(args[2]);
        }
        if (!"null".equals(args[3])) {
            builder.password(args[3]);
        }
        builder.build().upgrade("head");
        System.out.println("finished");
    }
}
