package dev.retort;

import dev.retort.revision.Revision;
import dev.retort.script.Scripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Records an imported chain as applied as far as another tool's version table says it is: the longest run of
 * revisions from the base that the table shows applied is stamped (nothing is run); an applied revision after a gap is
 * a problem, named, and stays pending. Stateless.
 */
final class ImportedChain {

    private ImportedChain() {
    }

    /** The project's revisions from the base, in order; refused when they are not one linear chain. */
    static List<String> chain(Scripts scripts) {
        Map<String, List<String>> children = new HashMap<>();
        String base = null;
        for (Revision revision : scripts.graph().revisions()) {
            if (revision.parents().isEmpty()) {
                if (base != null) {
                    throw notLinear("two bases, " + base + " and " + revision.id());
                }
                base = revision.id();
            }
            for (String parent : revision.parents()) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(revision.id());
            }
            if (revision.parents().size() > 1) {
                throw notLinear(revision.id() + " is a merge");
            }
        }
        List<String> chain = new ArrayList<>();
        for (String id = base; id != null; ) {
            chain.add(id);
            List<String> next = children.getOrDefault(id, List.of());
            if (next.size() > 1) {
                throw notLinear(id + " has " + next.size() + " children");
            }
            id = next.isEmpty() ? null : next.get(0);
        }
        return chain;
    }

    private static RetortException notLinear(String why) {
        return new RetortException(RetortException.Kind.USAGE, "the project's revisions are not one linear chain (" + why
                + "), so another tool's version table cannot be mapped onto them; map it by hand with 'retort stamp REV'");
    }

    /** Refused when Retort already records revisions here: stamping would replace what it recorded. */
    static void requireNoRetortHistory(Retort retort, String tool) {
        DatabaseState state = retort.migrator().state();
        if (!state.rows().isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "the database already has Retort history ("
                    + state.rows().size() + " row(s) in " + retort.config().versionTable() + "); the " + tool + " history is"
                    + " imported once, before Retort runs anything here; see 'retort status'");
        }
    }

    /** Stamps the applied prefix; adds a problem for each applied revision after the first gap. */
    static HistoryImportResult stamp(Retort retort, List<String> chain, Predicate<String> applied, List<String> problems,
                                     List<String> notes) {
        int prefix = 0;
        while (prefix < chain.size() && applied.test(chain.get(prefix))) {
            prefix++;
        }
        List<String> all = new ArrayList<>(problems);
        for (int i = prefix + 1; i < chain.size(); i++) {
            if (applied.test(chain.get(i))) {
                all.add("revision " + chain.get(i) + " is recorded as applied, but " + chain.get(prefix) + " before it is not:"
                        + " Retort records the chain only up to " + (prefix == 0 ? "nothing" : chain.get(prefix - 1))
                        + "; apply the missing revision's SQL by hand and run 'retort stamp " + chain.get(i) + "'");
            }
        }
        if (prefix == 0) {
            return new HistoryImportResult(null, List.of(), all, notes);
        }
        String at = chain.get(prefix - 1);
        retort.stamp(List.of(at));
        return new HistoryImportResult(at, chain.subList(0, prefix), all, notes);
    }
}
