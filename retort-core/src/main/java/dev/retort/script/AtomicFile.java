package dev.retort.script;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates a file all at once: the bytes go to a temporary file in the same directory, are forced to
 * disk, and only then get the final name. A reader sees the whole file or none; a failure (a full
 * disk) leaves nothing behind. Stateless.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** Creates the file with the bytes; the file must not exist. */
    static void write(Path file, byte[] bytes, ScriptWriter.Sink sink) {
        Path directory = file.toAbsolutePath().getParent();
        // Not Files.createTempFile: its owner-only permissions would carry over to the script.
        Path temporary = directory.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean created = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = true;
                OutputStream out = Channels.newOutputStream(channel);
                sink.write(out, bytes);
                out.flush();
                channel.force(true);
            }
            publish(temporary, file);
            forceQuietly(directory);
        } catch (FileAlreadyExistsException e) {
            throw ScriptWriter.exists(file);
        } catch (IOException e) {
            throw ScriptWriter.cannotWrite(file, e);
        } finally {
            if (created) {
                deleteQuietly(temporary);
            }
        }
    }

    /** Makes the new name durable too; not every system can open a directory, so best effort. */
    private static void forceQuietly(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a directory as a channel; the file itself is on disk already.
        }
    }

    /**
     * Gives the finished temporary file its name without ever replacing a file: a hard link fails when
     * the name is taken. Where links are not supported, an atomic move after a last existence check.
     */
    private static void publish(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            // The file system has no hard links (FAT, some network shares): fall through to a move.
        }
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Best effort: the name starts with a dot and ends in .tmp, so the loader never reads it.
        }
    }
}
