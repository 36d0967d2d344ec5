package dev.retort.bench.boot.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table {@code vet_specialty} at the history's head. Mutable, as JPA needs it. */
@Entity
@Table(name = "vet_specialty")
@SuppressWarnings("unused")
public class VetSpecialty {
    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "vet_id") private Vet vet;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "specialty_id") private Specialty specialty;
    private LocalDate since;
}
