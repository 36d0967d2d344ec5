package dev.retort.cli;

import dev.retort.Redaction;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * The process's standard error with secrets masked line by line ({@link Redaction#mask(String)}): JDBC drivers log
 * there on their own (pgjdbc through java.util.logging, MariaDB's console logger), past Retort's messages. A line
 * is written when it ends or the stream is flushed, so a secret split over several writes is still seen whole.
 * Thread-safe.
 */
final class MaskingStream extends OutputStream {

    /** What lines are decoded with: the charset the wrapping print stream encodes them with. */
    private static final Charset CHARSET = Charset.defaultCharset();

    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private MaskingStream(PrintStream target) {
        this.target = target;
    }

    /** A print stream that masks what it passes to {@code target}; closing it flushes a last partial line. */
    static PrintStream around(PrintStream target) {
        return new PrintStream(new MaskingStream(target), true, CHARSET);
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() {
        // a partial line waits for its end: PrintStream flushes after every print, mid-line
        target.flush();
    }

    @Override
    public synchronized void close() {
        emit();
        target.flush();
    }

    private void emit() {
        if (line.size() > 0) {
            target.print(Redaction.mask(line.toString(CHARSET)));
            line.reset();
        }
    }
}
