package dev.retort.hibernate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan's digest, which keys the model cache: the same class files give the same key (a cache hit) whatever
 * their time stamps, and a changed class file gives another (a miss), even at the same size and time stamp.
 */
class EntityScanTest {

    @TempDir
    Path root;

    @Test
    void unchangedClassFilesGiveTheSameDigestAndAChangedOneAnother() throws IOException {
        Path entity = classFile("com/example/domain/Account.class", "Ljakarta/persistence/Entity; name=alice");
        classFile("com/example/domain/Helper.class", "no mapping annotation here");
        EntityScan.Result first = EntityScan.root(root.toUri().toURL());
        assertEquals(List.of("com.example.domain.Account"), first.classes());

        Files.setLastModifiedTime(entity, FileTime.fromMillis(1_000_000_000_000L));
        EntityScan.Result touched = EntityScan.root(root.toUri().toURL());
        assertArrayEquals(first.digest(), touched.digest(), "only the time stamp changed: a cache hit");

        FileTime stamp = Files.getLastModifiedTime(entity);
        Files.writeString(entity, "Ljakarta/persistence/Entity; name=alicf");
        Files.setLastModifiedTime(entity, stamp);
        EntityScan.Result edited = EntityScan.root(root.toUri().toURL());
        assertFalse(Arrays.equals(first.digest(), edited.digest()), "one byte changed, same size and time: a miss");
    }

    @Test
    void aChangeToAClassThatIsNotMappedLeavesTheDigest() throws IOException {
        classFile("com/example/domain/Account.class", "Ljakarta/persistence/Entity;");
        Path helper = classFile("com/example/domain/Helper.class", "no mapping annotation here");
        byte[] before = EntityScan.root(root.toUri().toURL()).digest();
        Files.writeString(helper, "still no mapping annotation");
        assertArrayEquals(before, EntityScan.root(root.toUri().toURL()).digest());
    }

    private Path classFile(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
