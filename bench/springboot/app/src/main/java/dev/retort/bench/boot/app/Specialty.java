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

/** Table {@code specialty} at the history's head. Mutable, as JPA needs it. */
@Entity
@Table(name = "specialty")
@SuppressWarnings("unused")
public class Specialty {
    @Id
    private Long id;
    @Column(nullable = false, length = 80) private String name;
    @Column(length = 10) private String code;
}
