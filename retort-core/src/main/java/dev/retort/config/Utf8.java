package dev.retort.config;

import dev.retort.RetortException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes a settings file strictly as UTF-8, so that a file saved in another encoding is named as such,
 * with the byte and line where it stops being UTF-8, instead of failing as an unreadable file. Stateless.
 */
final class Utf8 {

    private Utf8() {
    }

    static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new RetortException(RetortException.Kind.CONFIGURATION, file + " is not UTF-8: byte "
                    + String.format("0x%02X", bytes[offset] & 0xFF) + " at offset " + offset + " (line "
                    + line(bytes, offset) + ") is not valid UTF-8; save the file as UTF-8");
        }
        return out.flip().toString();
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
