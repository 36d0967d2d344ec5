package dev.retort.hibernate.model.check;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.Comment;

/** @Check on the table and on a column, @Comment on both. */
@Entity
@Table(name = "measurement")
@Check(name = "measurement_range_ck", constraints = "low_value <= high_value")
@Comment("one reading of a sensor")
public class Measurement {
    @Id
    Long id;
    @Column(name = "low_value")
    Integer low;
    @Column(name = "high_value")
    Integer high;
    @Check(constraints = "unit in ('C', 'F')")
    @Column(length = 1)
    @Comment("C or F")
    String unit;
}
