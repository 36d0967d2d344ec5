package dev.retort.hibernate.model.validation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bean Validation constraints that Hibernate applies to DDL (with hibernate-validator present). */
@Entity
public class Member {
    @Id
    Long id;
    @NotNull
    @Size(max = 50)
    String nickname;
    @Size(min = 2, max = 2)
    String country;
    @Min(0)
    @Max(150)
    Integer age;
}
