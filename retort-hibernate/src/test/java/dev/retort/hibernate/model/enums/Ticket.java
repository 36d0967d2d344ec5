package dev.retort.hibernate.model.enums;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** @Enumerated STRING and ORDINAL: Hibernate 6 adds check constraints (or native enum types) for both. */
@Entity
public class Ticket {
    public enum Status { OPEN, IN_PROGRESS, CLOSED }

    public enum Priority { LOW, MEDIUM, HIGH }

    @Id
    Long id;
    @Enumerated(EnumType.STRING)
    Status status;
    @Enumerated(EnumType.ORDINAL)
    Priority priority;
    @Enumerated
    Priority defaultedPriority;
}
