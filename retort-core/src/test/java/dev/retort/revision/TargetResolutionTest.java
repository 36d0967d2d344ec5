package dev.retort.revision;

import static dev.retort.revision.Fixtures.applied;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.graph;
import static dev.retort.revision.Fixtures.ids;
import static dev.retort.revision.Fixtures.rev;
import static dev.retort.revision.Fixtures.withLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.RetortException.Kind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every target form resolved against graphs and applied sets. */
class TargetResolutionTest {

    private static final RevisionGraph LINEAR = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
    // a ── b ─┬─ c ── d
    //         └─ x ── y      x is labelled "feature"
    private static final RevisionGraph FORK = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"),
            withLabels(rev("x", "b"), "feature"), rev("y", "x"));
    // a ─┬─ b ─┬─ m ── d
    //    └─ c ─┘
    private static final RevisionGraph DIAMOND = graph(rev("a"), rev("b", "a"), rev("c", "a"), rev("m", "b", "c"),
            rev("d", "m"));
    private static final Set<String> ALL_OF_FORK = Set.of("a", "b", "c", "d", "x", "y");

    private static List<String> resolve(RevisionGraph graph, String target, Set<String> applied) {
        return ids(graph.resolveTarget(target, applied));
    }

    @Test
    void keywords() {
        assertEquals(List.of("d"), resolve(LINEAR, "head", applied()));
        assertEquals(List.of("d", "y"), resolve(FORK, "heads", applied()));
        assertEquals(List.of(), resolve(FORK, "base", ALL_OF_FORK));
        assertEquals(List.of("c", "x"), resolve(FORK, "current", applied("a", "b", "c", "x")));
    }

    @Test
    void headWithSeveralHeadsNamesThemAndTheWaysOut() {
        fails(Kind.USAGE, () -> FORK.resolveTarget("head", applied()), "2 heads", "d (d.sql)", "y (y.sql)",
                "`retort upgrade d`", "`heads`", "`<label>@head`", "`retort merge -m \"merge\" d y`");
    }

    @Test
    void namesPrefixesAndLabels() {
        assertEquals(List.of("x"), resolve(FORK, "feature", applied()));
        assertEquals(List.of("y"), resolve(FORK, "y", applied()));
        fails(Kind.USAGE, () -> FORK.resolveTarget("zz", applied()), "'zz'", "retort history");
    }

    @Test
    void labelHeadFindsTheOneHeadAboveTheLabel() {
        assertEquals(List.of("y"), resolve(FORK, "feature@head", applied()));
        assertEquals(List.of("d"), resolve(FORK, "c@head", applied()));
        fails(Kind.USAGE, () -> FORK.resolveTarget("b@head", applied()), "`b@head` is ambiguous",
                "2 heads descend from b (b.sql)",
                "d (d.sql)", "y (y.sql)", "retort merge");
    }

    @Test
    void plusStepsUpFromTheEmptyDatabase() {
        assertEquals(List.of("a"), resolve(LINEAR, "+1", applied()));
        assertEquals(List.of("c"), resolve(LINEAR, "+3", applied()));
        assertEquals(List.of("b"), resolve(LINEAR, "base+2", applied("a", "b", "c")));
    }

    @Test
    void plusStepsUpFromTheCurrentHead() {
        assertEquals(List.of("c"), resolve(LINEAR, "+1", applied("a", "b")));
        assertEquals(List.of("d"), resolve(FORK, "+1", applied("a", "b", "c")));
        assertEquals(List.of("y"), resolve(FORK, "+1", applied("a", "b", "x")));
    }

    @Test
    void plusStopsAtABranchPoint() {
        fails(Kind.USAGE, () -> FORK.resolveTarget("+1", applied("a", "b")), "`+1`", "branch point b (b.sql)",
                "c (c.sql)", "x (x.sql)", "`retort upgrade c`", "<label>@head");
        fails(Kind.USAGE, () -> FORK.resolveTarget("+3", applied("a")), "branch point b");
    }

    @Test
    void plusPastTheLastHeadSaysHowManyStepsThereAre() {
        fails(Kind.USAGE, () -> LINEAR.resolveTarget("+3", applied("a", "b")), "`+3` goes past the last head",
                "from b (b.sql) only 2 steps are available", "head d (d.sql)");
        fails(Kind.USAGE, () -> LINEAR.resolveTarget("+1", applied("a", "b", "c", "d")), "only 0 steps are available");
        fails(Kind.USAGE, () -> RevisionGraph.of(List.of()).resolveTarget("+1", applied()), "no revisions");
    }

    @Test
    void plusFromEmptyWithSeveralBasesAsksForOne() {
        RevisionGraph twoBases = graph(rev("a"), rev("p"), rev("b", "a"));
        fails(Kind.USAGE, () -> twoBases.resolveTarget("+1", applied()), "2 bases", "a (a.sql)", "p (p.sql)",
                "`retort upgrade a`");
    }

    @Test
    void relativeStepsNeedOneCurrentHead() {
        fails(Kind.USAGE, () -> FORK.resolveTarget("+1", applied("a", "b", "c", "x")), "`+1` is ambiguous",
                "2 current heads", "c (c.sql)", "x (x.sql)", "REV+N", "`c+1`");
        fails(Kind.USAGE, () -> FORK.resolveTarget("-1", applied("a", "b", "c", "x")), "REV-N", "`c-1`");
    }

    @Test
    void minusStepsDownFromTheCurrentHead() {
        Set<String> all = applied("a", "b", "c", "d");
        assertEquals(List.of("c"), resolve(LINEAR, "-1", all));
        assertEquals(List.of("a"), resolve(LINEAR, "-3", all));
        assertEquals(List.of(), resolve(LINEAR, "-4", all));
    }

    @Test
    void minusPastBaseSaysHowManyStepsThereAre() {
        fails(Kind.USAGE, () -> LINEAR.resolveTarget("-5", applied("a", "b", "c", "d")), "`-5` goes past base",
                "from d (d.sql) only 4 steps are available");
        fails(Kind.USAGE, () -> LINEAR.resolveTarget("-1", applied()), "nothing is applied");
        fails(Kind.USAGE, () -> LINEAR.resolveTarget("base-1", applied()), "goes below base");
    }

    @Test
    void minusStopsAtAMergePoint() {
        Set<String> all = applied("a", "b", "c", "m", "d");
        assertEquals(List.of("m"), resolve(DIAMOND, "-1", all));
        fails(Kind.USAGE, () -> DIAMOND.resolveTarget("-2", all), "`-2`", "merge point m (m.sql)", "parents b, c",
                "`retort downgrade b`");
    }

    @Test
    void stepsFromANamedRevisionFollowTheGraph() {
        assertEquals(List.of("b"), resolve(FORK, "d-2", ALL_OF_FORK));
        assertEquals(List.of("a"), resolve(FORK, "x-2", ALL_OF_FORK));
        assertEquals(List.of(), resolve(FORK, "a-1", ALL_OF_FORK));
        assertEquals(List.of("b"), resolve(FORK, "a+1", ALL_OF_FORK));
        assertEquals(List.of("y"), resolve(FORK, "feature+1", applied()));
        assertEquals(List.of("x"), resolve(FORK, "feature@head-1", applied()));
        assertEquals(List.of("c"), resolve(LINEAR, "head-1", applied()));
        fails(Kind.USAGE, () -> FORK.resolveTarget("b+1", applied()), "branch point b (b.sql)");
        fails(Kind.USAGE, () -> FORK.resolveTarget("d+1", applied()), "only 0 steps are available");
        fails(Kind.USAGE, () -> FORK.resolveTarget("head-1", applied()), "`head` is ambiguous");
    }

    @Test
    void unknownAppliedRevisionsAreReported() {
        fails(Kind.SCRIPT, () -> LINEAR.resolveTarget("head", applied("a", "gone")),
                "the database has revision gone applied, but no script defines it",
                "another instance or a newer release", "retort stamp");
        fails(Kind.SCRIPT, () -> LINEAR.currentHeads(applied("a", "zz", "gone")), "revisions gone, zz applied",
                "defines them");
    }
}
