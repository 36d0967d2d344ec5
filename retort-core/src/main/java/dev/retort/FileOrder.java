package dev.retort;

import dev.retort.revision.Revision;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptWriter;
import dev.retort.script.Scripts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a new revision's {@code created} time so that its file sorts after its parents' files: then a
 * directory listing reads in graph order even when several revisions are made within one second (or a
 * parent's name still has the older minute-only stamp, or its time lies ahead of this clock). The time
 * moves on by whole seconds, the least it takes. Stateless.
 */
final class FileOrder {

    /** How far past the latest parent the time may move before giving up (a template without {created} first). */
    private static final int MAX_STEPS = 120;

    private FileOrder() {
    }

    /** The revision with its created time set: {@code now}, or the first second after it whose name sorts last. */
    static Revision after(Scripts scripts, String template, Revision revision, Instant now) {
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        List<String> parentNames = new ArrayList<>();
        for (String parent : revision.parents()) {
            RevisionScript script = scripts.get(parent);
            parentNames.add(fileName(script));
            Instant parentCreated = script.revision().created();
            if (parentCreated != null && parentCreated.isAfter(created)) {
                created = parentCreated.truncatedTo(ChronoUnit.SECONDS);
            }
        }
        for (int step = 0; step <= MAX_STEPS; step++) {
            Revision candidate = withCreated(revision, created.plusSeconds(step));
            if (sortsAfterAll(ScriptWriter.fileName(template, candidate), parentNames)) {
                return candidate;
            }
        }
        return withCreated(revision, now.truncatedTo(ChronoUnit.SECONDS));
    }

    private static boolean sortsAfterAll(String name, List<String> parentNames) {
        for (String parentName : parentNames) {
            if (name.compareTo(parentName) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static String fileName(RevisionScript script) {
        if (script.path() != null) {
            return script.path().getFileName().toString();
        }
        String location = script.location();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Revision withCreated(Revision revision, Instant created) {
        return new Revision(revision.id(), revision.parents(), revision.dependsOn(), revision.branchLabels(),
                revision.message(), created, revision.source());
    }
}
