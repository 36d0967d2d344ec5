package dev.retort.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void everyLineBreakAndControlCharacterIsEscaped() {
        for (String hostile : List.of("evil\nDROP TABLE important;\n--", "a\rb", "a\r\nb", "a\u0085b", "a\u2028b",
                "a\u2029b", "a\u000bb", "a\fb", "a\u0000b", "a\u001bb")) {
            String line = CommentText.line(hostile);
            assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029), line);
            assertTrue(line.startsWith("a") || line.startsWith("evil"), line);
        }
        assertEquals("evil\\nDROP TABLE important;\\n--", CommentText.line("evil\nDROP TABLE important;\n--"));
        assertEquals("a\\u2028b \\\\n", CommentText.line("a\u2028b \\n"));
    }

    @Test
    void blockCommentDelimitersAreBrokenUp() {
        String line = CommentText.line("x */ DROP TABLE t; /* y");
        assertFalse(line.contains("*/") || line.contains("/*"), line);
    }
}
