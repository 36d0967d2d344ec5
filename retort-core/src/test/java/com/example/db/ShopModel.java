package com.example.db;

import dev.retort.model.Keys;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.SchemaModel;
import dev.retort.model.Types;
import dev.retort.schema.ForeignKey.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import java.util.List;

public final class ShopModel implements SchemaModel {
    @Override
    public Schema schema() {
        return SchemaBuilder.schema()
            .object(SchemaObject.Kind.TYPE, "order_state", "CREATE TYPE order_state AS ENUM ('open', 'paid')")
            .sequence("invoice_number", "CREATE SEQUENCE invoice_number START 1000")
            .table("customer", t -> t.renamedFrom("client")
                .column("id", Types.bigint()).notNull().identity()
                .column("email_address", Types.varchar(255)).notNull().columnRenamedFrom("email")
                .column("created_at", Types.timestampTz()).notNull().defaultValue("CURRENT_TIMESTAMP")
                .column("profile", Types.jsonb())
                .primaryKey("id")
                .uniqueIndex("ux_customer_email", Keys.expression("lower((email_address)::text)"))
                .comment("people who buy"))
            .table("purchase", t -> t
                .column("id", Types.uuid()).notNull()
                .column("customer_id", Types.bigint()).notNull()
                .column("state", Types.enumType("order_state")).notNull().defaultValue("'open'")
                .column("total", Types.numeric(12, 2)).notNull()
                .column("tags", Types.arrayOf(Types.text()))
                .column("paid_at", Types.timestampTz())
                .primaryKey("id")
                .check("ck_purchase_total", "total >= 0")
                .foreignKey("fk_purchase_customer", List.of("customer_id"), "customer", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)
                .index("ix_purchase_recent", Keys.asc("customer_id"), Keys.desc("paid_at"))
                .index("ix_purchase_open", "customer_id").where("paid_at IS NULL")
                .index("ix_purchase_tags", "tags").using("gin"))
            .view("open_purchase", "CREATE VIEW open_purchase AS SELECT id, customer_id FROM purchase"
                    + " WHERE paid_at IS NULL")
            .build();
    }
}
