package dev.retort.hibernate.model.generated;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class TableRow {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "table_row_ids")
    @TableGenerator(name = "table_row_ids", table = "id_blocks", pkColumnName = "block_name",
            valueColumnName = "next_block", allocationSize = 10)
    Long id;
    String note;
}
