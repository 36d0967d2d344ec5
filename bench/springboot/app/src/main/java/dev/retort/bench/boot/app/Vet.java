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

/** Table {@code vet} at the history's head. Mutable, as JPA needs it. */
@Entity
@Table(name = "vet")
@SuppressWarnings("unused")
public class Vet {
    @Id
    private Long id;
    @Column(name = "first_name", nullable = false, length = 60) private String firstName;
    @Column(name = "last_name", nullable = false, length = 60) private String lastName;
    @Column(name = "hired_on") private LocalDate hiredOn;
    @Column(length = 120) private String email;
    @Column(length = 20) private String phone;
    @Column(precision = 10, scale = 2) private BigDecimal salary;
}
