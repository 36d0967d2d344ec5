package dev.retort.dialect.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class H2DefinitionsTest {

    @Test
    void theCurrentSchemasQualifierIsTakenOutOfNamesOnly() {
        assertEquals("SELECT \"I\".\"ID\" FROM \"ITEM\" \"I\" JOIN \"OTHER\".\"T\" ON 1 = 1",
                H2Definitions.unqualified("SELECT \"I\".\"ID\" FROM \"PUBLIC\".\"ITEM\" \"I\" JOIN \"OTHER\".\"T\" ON 1 = 1", "PUBLIC"));
        assertEquals("SELECT 'a\"PUBLIC\".b', \"x\"\"PUBLIC\"\".\" FROM \"T\"",
                H2Definitions.unqualified("SELECT 'a\"PUBLIC\".b', \"x\"\"PUBLIC\"\".\" FROM \"PUBLIC\".\"T\"", "PUBLIC"));
        assertEquals("SELECT \"PUBLICATION\".\"ID\" FROM \"PUBLICATION\"",
                H2Definitions.unqualified("SELECT \"PUBLICATION\".\"ID\" FROM \"PUBLIC\".\"PUBLICATION\"", "PUBLIC"));
    }
}
