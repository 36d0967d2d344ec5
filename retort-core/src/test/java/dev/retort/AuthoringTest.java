package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, merging and deleting revision scripts (no database is touched except for delete's check). */
class AuthoringTest {

    @TempDir
    Path directory;

    private Retort retort() {
        return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
    }

    private ScriptInfo revision(String message, String head, String label, List<String> dependsOn, String id, boolean splice) {
        return retort().revision(new NewRevision(message, head, label, dependsOn, id, splice, "", ""));
    }

    @Test
    void newRevisionsBuildOnTheHeadWithTwelveHexDigits() throws Exception {
        ScriptInfo first = retort().revision(NewRevision.of("First one"));
        assertTrue(first.id().matches("[0-9a-f]{12}"), first.id());
        assertEquals(List.of(), first.parents());
        ScriptInfo second = retort().revision(NewRevision.of("Second!"));
        assertEquals(List.of(first.id()), second.parents());
        assertTrue(java.nio.file.Path.of(second.location()).getFileName().toString().matches("\\d{14}_" + second.id() + "_second\\.sql"),
                second.location());
        assertTrue(Files.readString(java.nio.file.Path.of(second.location())).contains("-- retort:downgrade"));
    }

    @Test
    void branchingNeedsSpliceAndHeadsAreJoinedByMerge() {
        revision("root", null, null, List.of(), "root01", false);
        revision("a", null, null, List.of(), "aaa", false);
        RetortException notAHead = assertThrows(RetortException.class,
                () -> revision("b", "root01", null, List.of(), "bbb", false));
        assertTrue(notAHead.getMessage().contains("--splice"), notAHead.getMessage());
        ScriptInfo b = revision("b", "root01", "feature", List.of(), "bbb", true);
        assertEquals(List.of("feature"), b.labels());
        RetortException several = assertThrows(RetortException.class, () -> retort().revision(NewRevision.of("c")));
        assertTrue(several.getMessage().contains("merge"), several.getMessage());
        ScriptInfo onLabel = revision("c", "feature@head", null, List.of("aaa"), "ccc", false);
        assertEquals(List.of("bbb"), onLabel.parents());
        assertEquals(List.of("aaa"), onLabel.dependsOn());
        ScriptInfo merge = retort().merge("join", List.of("heads"));
        assertEquals(Set.of("aaa", "ccc"), Set.copyOf(merge.parents()));
        assertEquals(1, retort().scripts().graph().heads().size());
        ScriptInfo newBase = revision("other root", "base", null, List.of(), "base02", false);
        assertEquals(List.of(), newBase.parents());
    }

    @Test
    void idsAreUniqueAndValid() {
        revision("x", null, null, List.of(), "abc", false);
        assertThrows(RetortException.class, () -> revision("y", null, null, List.of(), "abc", false));
        assertThrows(RetortException.class, () -> revision("y", null, null, List.of(), "a b", false));
    }

    @Test
    void deleteTakesOnlyChildlessRevisions() {
        revision("x", null, null, List.of(), "x1", false);
        ScriptInfo y = revision("y", null, null, List.of(), "y1", false);
        RetortException hasChild = assertThrows(RetortException.class, () -> retort().delete("x1"));
        assertTrue(hasChild.getMessage().contains("y1"), hasChild.getMessage());
        Path deleted = retort().delete("y1");
        assertEquals(y.location(), deleted.toString());
        assertFalse(Files.exists(deleted));
        assertEquals(1, retort().scripts().size());
    }
}
