package dev.retort.hibernate.model.generated;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class SequenceRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequence_row_ids")
    @SequenceGenerator(name = "sequence_row_ids", sequenceName = "sequence_row_seq", allocationSize = 20, initialValue = 100)
    Long id;
    String note;
}
