package dev.retort.hibernate.model.rename.after;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A pet, whose owner is an account now. */
@Entity
@Table(name = "pet")
public class Pet {
    @Id
    Long id;

    @ManyToOne
    @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "fk_pet_owner"))
    Account owner;
}
