package dev.retort.bench.boot.app;

import org.springframework.data.jpa.repository.JpaRepository;

/** Pet types, which the history inserts (4 rows at head). */
public interface PetTypeRepository extends JpaRepository<PetType, Long> {
}
