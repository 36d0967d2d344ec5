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

/** Table {@code pet} at the history's head. Mutable, as JPA needs it. */
@Entity
@Table(name = "pet")
@SuppressWarnings("unused")
public class Pet {
    @Id
    private Long id;
    @Column(nullable = false, length = 60) private String name;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "owner_id") private Owner owner;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "type_id") private PetType type;
    @Column(name = "birth_date") private LocalDate birthDate;
    @Column(precision = 6, scale = 2) private BigDecimal weight;
    @Column(name = "chip_number", length = 32) private String chipNumber;
    @Column(nullable = false) private Boolean neutered;
    @Column(length = 500) private String notes;
}
