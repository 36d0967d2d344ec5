package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void readsTheWrittenFormLikeInstantParse() {
        for (String text : new String[] {"2026-11-24T10:10:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
                "1969-12-31T23:59:59Z", "9999-12-31T23:59:59Z"}) {
            assertEquals(Instant.parse(text), Timestamps.parseWritten(text), text);
        }
    }

    @Test
    void leavesEverythingElseToInstantParse() {
        for (String text : new String[] {"2026-11-24T10:10:00.5Z", "2026-11-24T10:10Z", "2026-11-24 10:10:00Z",
                "2026-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T10:60:00Z",
                "2026-11-24T10:10:00+01:00", "x026-11-24T10:10:00Z", ""}) {
            assertNull(Timestamps.parseWritten(text), text);
        }
    }
}
