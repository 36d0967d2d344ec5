package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.Revision;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New scripts' names sort in graph order, and --rev-id follows the id rule. */
class FileOrderTest {

    @TempDir
    Path directory;

    private Retort retort() {
        return Retort.builder().projectDirectory(directory).build();
    }

    private RevisionScript create(String id, Instant now) {
        Retort retort = retort();
        return Authoring.create(retort.scripts(), retort.writableDirectory(), retort.config().fileTemplate(),
                new NewRevision("step " + id, null, null, List.of(), id, false, "", ""), now);
    }

    private List<String> listedIds() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("migrations"))) {
            return files.map(file -> file.getFileName().toString()).sorted().map(name -> name.split("_")[1]).toList();
        }
    }

    @Test
    void fiveRevisionsCreatedInTheSameSecondListInGraphOrder() throws IOException {
        Instant second = Instant.parse("2026-12-07T10:00:00Z");
        // Ids that sort backwards, so that names stamped with the same time would list backwards.
        List<String> ids = List.of("e5", "d4", "c3", "b2", "a1");
        for (String id : ids) {
            create(id, second);
        }
        assertEquals(ids, listedIds());
        List<String> graphOrder = new ArrayList<>();
        retort().scripts().graph().revisions().forEach(revision -> graphOrder.add(revision.id()));
        assertEquals(ids, graphOrder);
        Revision last = retort().scripts().get("a1").revision();
        assertEquals(second.plusSeconds(4), last.created(), "each moved on by one second, no more");
    }

    @Test
    void namesGoToTheSecondAndFollowAParentWithAMinuteStamp() throws IOException {
        Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(directory.resolve("migrations/202612071000_p1_old.sql"), "-- retort:revision p1\n"
                + "-- retort:created 2026-12-07T10:00:30Z\n\n-- retort:upgrade\n");
        RevisionScript child = create("c1", Instant.parse("2026-12-07T10:00:40Z"));
        assertEquals("20261207100100_c1_step_c1.sql", child.path().getFileName().toString());
        assertEquals(List.of("p1", "c1"), listedIds());
        RevisionScript later = create("b1", Instant.parse("2026-12-07T11:22:33Z"));
        assertEquals("20261207112233_b1_step_b1.sql", later.path().getFileName().toString());
    }

    @Test
    void revIdsFollowTheRuleAndIgnoreCaseForUniqueness() {
        create("abc", Instant.now());
        RetortException sameButCase = assertThrows(RetortException.class, () -> create("ABC", Instant.now()));
        assertEquals(RetortException.Kind.USAGE, sameButCase.kind());
        assertTrue(sameButCase.getMessage().contains("only in case"), sameButCase.getMessage());
        RetortException tooLong = assertThrows(RetortException.class, () -> create("x".repeat(65), Instant.now()));
        assertTrue(tooLong.getMessage().contains("at most 64 characters"), tooLong.getMessage());
        RetortException accent = assertThrows(RetortException.class, () -> create("caf\u00e9", Instant.now()));
        assertTrue(accent.getMessage().contains("ASCII letters"), accent.getMessage());
    }
}
