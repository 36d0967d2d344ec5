package app;

import dev.retort.model.SchemaBuilder;
import dev.retort.model.SchemaModel;
import dev.retort.model.Types;
import dev.retort.schema.Schema;

public final class Model implements SchemaModel {
    @Override
    public Schema schema() {
        return SchemaBuilder.schema()
                .table("person", t -> t
                        .column("id", Types.bigint()).notNull()
                        .column("name", Types.varchar(100)).notNull()
                        .primaryKey("id"))
                .build();
    }
}
