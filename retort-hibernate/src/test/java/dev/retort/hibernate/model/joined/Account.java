package dev.retort.hibernate.model.joined;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** JOINED inheritance: a table per class, joined on the key. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Account {
    @Id
    Long id;
    String owner;
}
