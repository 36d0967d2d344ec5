package dev.retort.revision;

import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionTest {

    @Test
    void copiesItsCollections() {
        List<String> parents = new ArrayList<>(List.of("a"));
        Revision revision = new Revision("b", parents, null, null, null, null, null);
        parents.add("c");
        assertEquals(List.of("a"), revision.parents());
        assertEquals(List.of(), revision.dependsOn());
        assertEquals(Set.of(), revision.branchLabels());
        assertEquals("", revision.message());
        assertEquals("", revision.source());
        assertThrows(UnsupportedOperationException.class, () -> revision.parents().add("x"));
    }

    @Test
    void keepsBranchLabelsSorted() {
        Revision revision = new Revision("a", List.of(), List.of(), Set.of("zeta", "alpha", "mid"), "", null, "a.sql");
        assertEquals(List.of("alpha", "mid", "zeta"), new ArrayList<>(revision.branchLabels()));
    }

    @Test
    void tellsBasesAndMerges() {
        assertTrue(rev("a").isBase());
        assertFalse(rev("a").isMerge());
        assertTrue(rev("m", "a", "b").isMerge());
        assertFalse(rev("m", "a", "b").isBase());
    }

    @Test
    void describesWithSourceWhenKnown() {
        assertEquals("a (a.sql)", rev("a").describe());
        assertEquals("a", new Revision("a", null, null, null, "", null, "").describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"add-users", "3f2a9c1b7d4e", "v1_2", "x-1a", "a.b"})
    void acceptsOrdinaryIds(String id) {
        assertEquals(id, rev(id).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a\tb", "a:b", "a@b", "a+b"})
    void rejectsCharactersTargetsUse(String id) {
        fails(Kind.SCRIPT, () -> rev(id), id, id + ".sql", "may not contain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "head", "heads", "current"})
    void rejectsTargetKeywords(String id) {
        fails(Kind.SCRIPT, () -> rev(id), "'" + id + "'", "keyword");
    }

    @Test
    void rejectsIdsThatReadAsRelativeTargets() {
        fails(Kind.SCRIPT, () -> rev("abc-2"), "'abc-2'", "REV-N");
    }

    @Test
    void rejectsEmptyIds() {
        fails(Kind.SCRIPT, () -> new Revision(" ", null, null, null, "", null, "x.sql"), "x.sql", "empty");
        fails(Kind.SCRIPT, () -> new Revision(null, null, null, null, "", null, "x.sql"), "x.sql", "empty");
    }

    @Test
    void rejectsBadParentsAndLabels() {
        fails(Kind.SCRIPT, () -> rev("a", "b c"), "parent 'b c'", "revision a (a.sql)");
        fails(Kind.SCRIPT, () -> new Revision("a", List.of(), List.of("head"), Set.of(), "", null, "a.sql"),
                "dependency 'head'", "revision a");
        fails(Kind.SCRIPT, () -> new Revision("a", List.of(), List.of(), Set.of("x@y"), "", null, "a.sql"),
                "branch label 'x@y'", "revision a (a.sql)");
    }

    @Test
    void rejectsSelfReferenceAndRepeatedParents() {
        fails(Kind.SCRIPT, () -> rev("a", "a"), "revision a (a.sql) names itself as its parent");
        fails(Kind.SCRIPT, () -> rev("a", "b", "b"), "parent b", "listed twice");
        fails(Kind.SCRIPT, () -> new Revision("a", List.of(), List.of("a"), Set.of(), "", null, "a.sql"),
                "names itself as its dependency");
    }
}
