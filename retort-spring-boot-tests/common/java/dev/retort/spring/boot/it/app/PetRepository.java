package dev.retort.spring.boot.it.app;

import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data repository over the migrated table. */
public interface PetRepository extends JpaRepository<Pet, Long> {
}
