package dev.retort.spring.boot.it.vets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An entity no revision creates, outside the application's entity scan: named in {@code retort.entities}, it makes
 * the model one table ahead of the revisions.
 */
@Entity
public class Vet {
    @Id
    private Long id;

    @Column(name = "full_name", nullable = false, length = 60)
    private String fullName;

    protected Vet() {
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }
}
