package dev.retort.revision;

import static dev.retort.revision.Fixtures.applied;
import static dev.retort.revision.Fixtures.createdAt;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.graph;
import static dev.retort.revision.Fixtures.ids;
import static dev.retort.revision.Fixtures.rev;
import static dev.retort.revision.Fixtures.withDependsOn;
import static dev.retort.revision.Fixtures.withLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private static final RevisionGraph LINEAR = graph(rev("c", "b"), rev("a"), rev("b", "a"));
    // a ─┬─ b ─┬─ m ── d
    //    └─ c ─┘
    private static final RevisionGraph DIAMOND = graph(rev("a"), rev("b", "a"), rev("c", "a"), rev("m", "b", "c"),
            rev("d", "m"));

    @Test
    void linearHistoryHasOneHeadAndOneBase() {
        assertEquals(List.of("a", "b", "c"), ids(LINEAR.revisions()));
        assertEquals(List.of("c"), ids(LINEAR.heads()));
        assertEquals(List.of("a"), ids(LINEAR.bases()));
        assertEquals(List.of(), LINEAR.branchPoints());
        assertEquals(List.of(), LINEAR.mergePoints());
        assertEquals(List.of("b"), ids(LINEAR.children("a")));
        assertEquals(List.of(), LINEAR.children("c"));
    }

    @Test
    void branchesAndMergesAreFound() {
        assertEquals(List.of("d"), ids(DIAMOND.heads()));
        assertEquals(List.of("a"), ids(DIAMOND.branchPoints()));
        assertEquals(List.of("m"), ids(DIAMOND.mergePoints()));
        assertEquals(List.of("b", "c"), ids(DIAMOND.children("a")));
        assertEquals(List.of("m"), ids(DIAMOND.children("c")));
    }

    @Test
    void severalBasesAndHeads() {
        RevisionGraph graph = graph(rev("a"), rev("x"), rev("b", "a"), rev("y", "x"));
        assertEquals(List.of("a", "x"), ids(graph.bases()));
        assertEquals(List.of("b", "y"), ids(graph.heads()));
    }

    @Test
    void dependenciesOrderButDoNotBranch() {
        RevisionGraph graph = graph(withDependsOn(rev("b1", "b0"), "a1"), rev("a0"), rev("a1", "a0"), rev("b0"));
        assertEquals(List.of("a1", "b1"), ids(graph.heads()));
        assertEquals(List.of(), graph.branchPoints());
        assertEquals(List.of(), graph.children("a1"));
        List<String> order = ids(graph.revisions());
        assertTrue(order.indexOf("a1") < order.indexOf("b1"), order.toString());
    }

    @Test
    void findsAndGetsExactIds() {
        assertEquals(Optional.of(rev("b", "a")), LINEAR.find("b"));
        assertEquals(Optional.empty(), LINEAR.find("zz"));
        assertEquals(Optional.empty(), LINEAR.find(""));
        assertSame(LINEAR.find("b").orElseThrow(), LINEAR.get("b"));
        fails(Kind.SCRIPT, () -> LINEAR.get("zz"), "zz", "retort history");
        fails(Kind.SCRIPT, () -> LINEAR.children("zz"), "zz");
    }

    @Test
    void tiesBreakByCreatedThenIdWithUnknownTimesLast() {
        RevisionGraph graph = graph(rev("n2"), rev("n1"), createdAt(rev("late"), 200), createdAt(rev("early"), 100),
                createdAt(rev("z-child", "n1"), 50));
        // Ready at first: n2, n1 (no time), late, early. After n1 goes, its child (time 50) becomes ready
        // but only once n1 has been taken, and n1 waits behind the timed ones.
        assertEquals(List.of("early", "late", "n1", "z-child", "n2"), ids(graph.revisions()));
    }

    @Test
    void resolvesIdsPrefixesAndLabels() {
        RevisionGraph graph = graph(rev("3f2a9c"), withLabels(rev("3f2b11", "3f2a9c"), "users"), rev("7d4e00", "3f2b11"));
        assertEquals("3f2a9c", graph.resolve("3f2a9c").id());
        assertEquals("7d4e00", graph.resolve("7").id());
        assertEquals("3f2a9c", graph.resolve("3f2a").id());
        assertEquals("3f2b11", graph.resolve("users").id());
        fails(Kind.USAGE, () -> graph.resolve("3f2"), "'3f2' is ambiguous", "3f2a9c (3f2a9c.sql)", "3f2b11 (3f2b11.sql)");
        fails(Kind.USAGE, () -> graph.resolve("99"), "'99'", "retort history");
        fails(Kind.USAGE, () -> graph.resolve(""), "empty");
    }

    @Test
    void anExactLabelWinsOverAnIdPrefix() {
        RevisionGraph graph = graph(rev("abc123"), withLabels(rev("def456", "abc123"), "abc"));
        assertEquals("def456", graph.resolve("abc").id());
        assertEquals("abc123", graph.resolve("abc1").id());
    }

    @Test
    void ancestorsAndDescendantsFollowParentsAndDependencies() {
        RevisionGraph graph = graph(rev("a0"), rev("a1", "a0"), rev("b0"), withDependsOn(rev("b1", "b0"), "a1"),
                rev("b2", "b1"));
        assertEquals(List.of("a0", "a1", "b0"), new ArrayList<>(graph.ancestors(List.of("b1"), false)));
        assertEquals(Set.of("a0", "a1", "b0", "b1"), graph.ancestors(List.of("b1"), true));
        assertEquals(Set.of("b1", "b2"), graph.descendants(List.of("a1"), false));
        assertEquals(Set.of("a0", "a1", "b1", "b2"), graph.descendants(List.of("a0"), true));
        // Exclusive still lists a given revision that another given one needs.
        assertEquals(Set.of("a0", "a1", "b0"), graph.ancestors(List.of("a1", "b1"), false));
        fails(Kind.SCRIPT, () -> graph.ancestors(List.of("nope"), true), "nope");
    }

    @Test
    void currentHeadsComeFromTheAppliedSet() {
        assertEquals(List.of(), DIAMOND.currentHeads(applied()));
        assertEquals(List.of("a"), ids(DIAMOND.currentHeads(applied("a"))));
        assertEquals(List.of("b", "c"), ids(DIAMOND.currentHeads(applied("a", "b", "c"))));
        assertEquals(List.of("m"), ids(DIAMOND.currentHeads(applied("a", "b", "c", "m"))));
    }

    @Test
    void anEmptyGraphHasNothing() {
        RevisionGraph graph = RevisionGraph.of(List.of());
        assertEquals(List.of(), graph.heads());
        assertEquals(List.of(), graph.upgradePlan(applied(), "head"));
        assertEquals(List.of(), graph.upgradePlan(applied(), "heads"));
        assertEquals(Set.of(), graph.stampSet("heads"));
    }

    @Test
    void reportsAMissingParentWithItsSource() {
        fails(Kind.SCRIPT, () -> graph(rev("a"), rev("3f2a", "1a2b")),
                "revision 3f2a (3f2a.sql) names parent 1a2b, which no script defines", "restore the missing script");
    }

    @Test
    void reportsAMissingDependency() {
        fails(Kind.SCRIPT, () -> graph(rev("a"), withDependsOn(rev("b", "a"), "zz")),
                "revision b (b.sql) names dependency zz, which no script defines", "depends-on");
    }

    @Test
    void reportsDuplicateIdsWithBothSources() {
        Revision first = new Revision("a", List.of(), List.of(), Set.of(), "", null, "migrations/one.sql");
        Revision second = new Revision("a", List.of(), List.of(), Set.of(), "", null, "migrations/two.sql");
        fails(Kind.SCRIPT, () -> RevisionGraph.of(List.of(first, second)),
                "revision id a is defined 2 times", "migrations/one.sql", "migrations/two.sql");
    }

    @Test
    void reportsCyclesNamingTheRevisionsOnThem() {
        String message = fails(Kind.SCRIPT,
                () -> graph(rev("a"), rev("b", "a", "d"), rev("c", "b"), rev("d", "c"), rev("e", "d")),
                "cycle", "b (b.sql)", "c (c.sql)", "d (d.sql)");
        assertFalse(message.contains("a (a.sql)") || message.contains("e (e.sql)"), message);
    }

    @Test
    void reportsACycleThroughADependency() {
        fails(Kind.SCRIPT, () -> graph(withDependsOn(rev("a"), "b"), rev("b", "a")), "cycle", "a (a.sql)", "b (b.sql)");
    }

    @Test
    void reportsLabelsUsedTwiceOrEqualToAnId() {
        fails(Kind.SCRIPT, () -> graph(withLabels(rev("a"), "x"), withLabels(rev("b", "a"), "x")),
                "branch label 'x' is used by both a (a.sql) and b (b.sql)");
        fails(Kind.SCRIPT, () -> graph(rev("a"), withLabels(rev("b", "a"), "a")),
                "branch label 'a' of revision b (b.sql) is also the id of revision a (a.sql)");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String message = fails(Kind.SCRIPT,
                () -> graph(rev("a", "gone"), withLabels(rev("b"), "a"), rev("c", "d"), rev("d", "c")),
                "3 problems", "names parent gone", "branch label 'a'", "cycle", "c (c.sql) -> d (d.sql) -> c");
        assertEquals(3, message.split("\n  - ").length - 1, message);
    }
}
