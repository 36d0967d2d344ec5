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

/** Table {@code visit} at the history's head. Mutable, as JPA needs it. */
@Entity
@Table(name = "visit")
@SuppressWarnings("unused")
public class Visit {
    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "pet_id") private Pet pet;
    @Column(name = "visit_date", nullable = false) private LocalDate visitDate;
    @Column(length = 255) private String description;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "vet_id") private Vet vet;
    @Column(name = "duration_minutes") private Integer durationMinutes;
    @Column(precision = 10, scale = 2) private BigDecimal cost;
    @Column(name = "created_at") private LocalDateTime createdAt;
}
