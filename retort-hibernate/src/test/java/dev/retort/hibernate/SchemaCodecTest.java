package dev.retort.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.model.Keys;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.Types;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model cache's schema file gives back the very schema written, however many records of each type it holds. */
class SchemaCodecTest {

    @Test
    void aSchemaComesBackEqual() throws IOException {
        SchemaBuilder builder = SchemaBuilder.schema();
        for (int i = 0; i < 30; i++) {
            String parent = "t" + (i / 2);
            int n = i;
            builder.table("t" + i, table -> table
                    .column("id", Types.bigint()).notNull().identity()
                    .column("parent_id", Types.bigint())
                    .column("email", Types.varchar(255)).notNull().defaultValue("'none'")
                    .column("created_at", Types.timestampTz())
                    .primaryKey("id")
                    .unique("uq_" + n, "email")
                    .index("ix_recent_" + n, Keys.desc("created_at")).where("email IS NOT NULL")
                    .foreignKey("fk_" + n, List.of("parent_id"), parent, List.of("id"),
                            ForeignKey.ReferentialAction.CASCADE, ForeignKey.ReferentialAction.NO_ACTION));
        }
        Schema schema = builder.view("v", "CREATE VIEW v AS SELECT id FROM t0").build();

        Schema read = roundTrip(schema);

        assertEquals(schema, read);
        assertEquals(schema, roundTrip(read), "a second trip, with the record types already looked up");
    }

    @Test
    void aDifferentSchemaReadsBackDifferent() throws IOException {
        Schema one = SchemaBuilder.schema().table("a", t -> t.column("id", Types.bigint()).notNull().primaryKey("id")).build();
        Schema two = SchemaBuilder.schema().table("a", t -> t.column("id", Types.integer()).notNull().primaryKey("id")).build();
        assertNotEquals(roundTrip(one), roundTrip(two));
    }

    private static Schema roundTrip(Schema schema) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            SchemaCodec.write(out, schema);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Schema) SchemaCodec.read(in);
        }
    }
}
