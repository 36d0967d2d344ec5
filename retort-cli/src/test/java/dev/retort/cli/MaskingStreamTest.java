package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Standard error as drivers write to it: in pieces, flushed mid-line; secrets come out masked all the same. */
class MaskingStreamTest {

    @Test
    void aSecretSplitOverWritesAndFlushesIsMasked() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream target = new PrintStream(bytes, true, Charset.defaultCharset());
        PrintStream masked = MaskingStream.around(target);
        masked.print("WARNING: cannot use jdbc:postgresql://h/db?pass");
        masked.flush();
        masked.print("word=hunt");
        masked.println("er2&ssl=true");
        masked.print("[ WARN] (main) jdbc:mariadb://root:s3cret@h/db");
        masked.close();
        assertEquals("WARNING: cannot use jdbc:postgresql://h/db?password=****&ssl=true" + System.lineSeparator()
                + "[ WARN] (main) jdbc:mariadb://root:****@h/db", bytes.toString(Charset.defaultCharset()));
    }
}
