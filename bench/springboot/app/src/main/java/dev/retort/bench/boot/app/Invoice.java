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

/** Table {@code invoice} at the history's head. Mutable, as JPA needs it. */
@Entity
@Table(name = "invoice")
@SuppressWarnings("unused")
public class Invoice {
    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "visit_id") private Visit visit;
    @Column(nullable = false, precision = 10, scale = 2) private BigDecimal amount;
    @Column(name = "issued_at") private LocalDateTime issuedAt;
    @Column(nullable = false) private Boolean paid;
    @Column(name = "due_date") private LocalDate dueDate;
    @Column(nullable = false, length = 3) private String currency;
}
