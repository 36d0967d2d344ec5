package dev.retort.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entities' rename hints survive the trip through the cached script's comment trailer. */
class RenameTrailerTest {

    @Test
    void hintsComeBackFromTheScriptTheyWereWrittenAfter() {
        RenameHints hints = RenameHints.NONE
                .withTable(QualifiedName.of("account"), List.of(QualifiedName.of("app_user"), QualifiedName.of("member")))
                .withTable(new QualifiedName("sales", "Order Line"), List.of(new QualifiedName("sales", "line%1")))
                .withColumn(QualifiedName.of("account"), "email_address", List.of("email"))
                .withColumn(new QualifiedName("sales", "Order Line"), "unit price", List.of("price", "cost"));
        String script = "create table account (id bigint not null, primary key (id));\n" + RenameTrailer.write(hints);
        assertEquals(hints, RenameTrailer.read(script));
        assertTrue(script.lines().skip(1).allMatch(line -> line.startsWith("-- ")), script);
    }

    @Test
    void aScriptWithoutTrailerHasNoHints() {
        assertEquals(RenameHints.NONE, RenameTrailer.read("create table t (id int);\n"));
        assertEquals("", RenameTrailer.write(RenameHints.NONE));
    }
}
