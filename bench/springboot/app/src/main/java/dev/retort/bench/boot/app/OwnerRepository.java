package dev.retort.bench.boot.app;

import org.springframework.data.jpa.repository.JpaRepository;

/** Owners; the application reads their count once started. */
public interface OwnerRepository extends JpaRepository<Owner, Long> {
}
