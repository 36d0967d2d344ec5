package dev.retort.hibernate.model.convert;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** @Convert with an AttributeConverter: the column takes the converter's database type. */
@Entity
public class Setting {
    @Id
    Long id;
    @Convert(converter = YesNo.class)
    @Column(length = 1)
    Boolean enabled;
}
