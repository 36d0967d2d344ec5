package dev.retort.revision;

import static dev.retort.revision.Fixtures.applied;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.graph;
import static dev.retort.revision.Fixtures.ids;
import static dev.retort.revision.Fixtures.rev;
import static dev.retort.revision.Fixtures.withDependsOn;
import static dev.retort.revision.Fixtures.withLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.RetortException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Upgrade, downgrade, stamp and range plans. */
class PlanTest {

    private static final RevisionGraph LINEAR = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
    // a ── b ─┬─ c ── d
    //         └─ x ── y      x is labelled "feature"
    private static final RevisionGraph FORK = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"),
            withLabels(rev("x", "b"), "feature"), rev("y", "x"));
    private static final Set<String> ALL_OF_FORK = Set.of("a", "b", "c", "d", "x", "y");
    // a0 ── a1          a1 is a dependency of b1
    // b0 ── b1 ── b2
    private static final RevisionGraph DEPENDS = graph(rev("a0"), rev("a1", "a0"), rev("b0"),
            withDependsOn(rev("b1", "b0"), "a1"), rev("b2", "b1"));

    @Test
    void upgradeAppliesWhatIsMissingInOrder() {
        assertEquals(List.of("a", "b", "c", "d"), ids(LINEAR.upgradePlan(applied(), "head")));
        assertEquals(List.of("c", "d"), ids(LINEAR.upgradePlan(applied("a", "b"), "head")));
        assertEquals(List.of("b", "c"), ids(LINEAR.upgradePlan(applied("a"), "c")));
        assertEquals(List.of(), ids(LINEAR.upgradePlan(applied("a", "b", "c", "d"), "head")));
        assertEquals(List.of(), ids(LINEAR.upgradePlan(applied("a", "b", "c"), "b")));
        assertEquals(List.of(), ids(LINEAR.upgradePlan(applied("a", "b"), "base")));
    }

    @Test
    void upgradeToHeadsTakesEveryBranch() {
        assertEquals(List.of("a", "b", "c", "d", "x", "y"), ids(FORK.upgradePlan(applied(), "heads")));
        assertEquals(List.of("x", "y"), ids(FORK.upgradePlan(applied("a", "b", "c", "d"), "heads")));
        assertEquals(List.of("x", "y"), ids(FORK.upgradePlan(applied("a", "b", "c", "d"), "feature@head")));
        assertEquals(List.of("c"), ids(FORK.upgradePlan(applied("a", "b", "x"), "c")));
    }

    @Test
    void upgradeOfAMergeTakesBothParents() {
        RevisionGraph diamond = graph(rev("a"), rev("b", "a"), rev("c", "a"), rev("m", "b", "c"));
        assertEquals(List.of("c", "m"), ids(diamond.upgradePlan(applied("a", "b"), "m")));
    }

    @Test
    void upgradePullsInDependenciesFromOtherBranches() {
        assertEquals(List.of("a0", "a1", "b0", "b1"), ids(DEPENDS.upgradePlan(applied(), "b1")));
        assertEquals(List.of("a0", "a1", "b1"), ids(DEPENDS.upgradePlan(applied("b0"), "b1")));
        assertEquals(List.of("b1", "b2"), ids(DEPENDS.upgradePlan(applied("a0", "a1", "b0"), "b2")));
    }

    @Test
    void downgradingADependencyRemovesItsDependents() {
        Set<String> all = applied("a0", "a1", "b0", "b1", "b2");
        assertEquals(List.of("b2", "b1", "a1"), ids(DEPENDS.downgradePlan(all, "a0")));
        assertEquals(List.of("b2", "b1"), ids(DEPENDS.downgradePlan(all, "a1")));
    }

    @Test
    void downgradeToBaseRemovesEverythingChildrenFirst() {
        assertEquals(List.of("d", "c", "b", "a"), ids(LINEAR.downgradePlan(applied("a", "b", "c", "d"), "base")));
        assertEquals(List.of("y", "x", "d", "c", "b", "a"), ids(FORK.downgradePlan(ALL_OF_FORK, "base")));
        assertEquals(List.of(), ids(FORK.downgradePlan(applied(), "base")));
    }

    @Test
    void downgradeToARevisionKeepsUnrelatedBranches() {
        assertEquals(List.of("d"), ids(FORK.downgradePlan(ALL_OF_FORK, "c")));
        assertEquals(List.of("y", "x", "d", "c"), ids(FORK.downgradePlan(ALL_OF_FORK, "b")));
        assertEquals(List.of("y"), ids(FORK.downgradePlan(ALL_OF_FORK, "feature")));
        assertEquals(List.of(), ids(FORK.downgradePlan(ALL_OF_FORK, "heads")));
        assertEquals(List.of(), ids(FORK.downgradePlan(ALL_OF_FORK, "current")));
    }

    @Test
    void downgradeToAnUnappliedRevisionFails() {
        fails(Kind.USAGE, () -> FORK.downgradePlan(applied("a", "b", "c"), "x"),
                "revision x (x.sql) is not applied; nothing to downgrade to", "Current heads: c (c.sql)");
        fails(Kind.USAGE, () -> FORK.downgradePlan(applied("a", "b", "c"), "heads"), "revision d (d.sql) is not applied");
    }

    @Test
    void downgradeByStepsFollowsTheSingleLine() {
        Set<String> all = applied("a", "b", "c", "d");
        assertEquals(List.of("d"), ids(LINEAR.downgradePlan(all, "-1")));
        assertEquals(List.of("d", "c", "b"), ids(LINEAR.downgradePlan(all, "-3")));
        assertEquals(List.of("d", "c", "b", "a"), ids(LINEAR.downgradePlan(all, "-4")));
        assertEquals(List.of("d", "c"), ids(LINEAR.downgradePlan(all, "c-1")));
        fails(Kind.USAGE, () -> LINEAR.downgradePlan(all, "-5"), "past base");
        fails(Kind.USAGE, () -> LINEAR.downgradePlan(applied("a", "b"), "+1"), "revision c (c.sql) is not applied");
    }

    @Test
    void steppingBelowOneBaseLeavesOtherLinesAlone() {
        RevisionGraph twoLines = graph(rev("a"), rev("b", "a"), rev("p"), rev("q", "p"));
        assertEquals(List.of("b", "a"), ids(twoLines.downgradePlan(applied("a", "b", "p", "q"), "b-2")));
        assertEquals(List.of("q", "p", "b", "a"), ids(twoLines.downgradePlan(applied("a", "b", "p", "q"), "base")));
    }

    @Test
    void stampSetIsTheTargetsWithTheirAncestors() {
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(LINEAR.stampSet("c")));
        assertEquals(Set.of(), LINEAR.stampSet("base"));
        assertEquals(ALL_OF_FORK, FORK.stampSet("heads"));
        assertEquals(Set.of("a", "b", "c", "d", "x"), FORK.stampSet("d", "feature"));
        assertEquals(Set.of("a0", "a1", "b0", "b1"), DEPENDS.stampSet("b1"));
        assertEquals(Set.of("a", "b"), LINEAR.stampSet("+2"));
        assertEquals(Set.of("a", "b", "c"), LINEAR.stampSet(applied("a", "b"), "+1"));
        fails(Kind.USAGE, () -> LINEAR.stampSet("-1"), "nothing is applied");
    }

    @Test
    void rangesAreInclusiveAndNewestFirst() {
        Set<String> none = applied();
        assertEquals(List.of("c", "b"), ids(LINEAR.range("b:c", none)));
        assertEquals(List.of("b", "a"), ids(LINEAR.range(":b", none)));
        assertEquals(List.of("d", "c"), ids(LINEAR.range("c:", none)));
        assertEquals(List.of("d", "c", "b", "a"), ids(LINEAR.range(":", none)));
        assertEquals(List.of("d", "c", "b", "a"), ids(LINEAR.range("base:head", none)));
        assertEquals(List.of("d", "c", "b"), ids(LINEAR.range("current:", applied("a", "b"))));
        assertEquals(List.of("c", "b"), ids(LINEAR.range("current:+1", applied("a", "b"))));
        assertEquals(List.of("d", "c"), ids(FORK.range("c:", none)));
        assertEquals(List.of("y", "x", "b", "a"), ids(FORK.range(":feature@head", none)));
    }

    @Test
    void aBackwardsRangeSaysSo() {
        fails(Kind.USAGE, () -> LINEAR.range("d:b", applied()), "'d:b' runs backwards", "`b:d`");
        assertEquals(List.of(), LINEAR.range("d:base", applied()));
    }

    @Test
    void everyPlanChecksTheAppliedSet() {
        Set<String> unknown = applied("a", "ghost");
        for (String target : List.of("head", "base", "a", "+1")) {
            fails(Kind.SCRIPT, () -> LINEAR.upgradePlan(unknown, target), "revision ghost applied");
            fails(Kind.SCRIPT, () -> LINEAR.downgradePlan(unknown, target), "revision ghost applied");
        }
        fails(Kind.SCRIPT, () -> LINEAR.downgradePlan(unknown, "-1"), "revision ghost applied");
        fails(Kind.SCRIPT, () -> LINEAR.range(":", unknown), "revision ghost applied");
        fails(Kind.SCRIPT, () -> LINEAR.stampSet(unknown, "head"), "revision ghost applied");
    }
}
