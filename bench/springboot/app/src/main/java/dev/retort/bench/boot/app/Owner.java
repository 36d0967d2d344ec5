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

/** Table {@code owner} at the history's head. Mutable, as JPA needs it. */
@Entity
@Table(name = "owner")
@SuppressWarnings("unused")
public class Owner {
    @Id
    private Long id;
    @Column(name = "first_name", nullable = false, length = 60) private String firstName;
    @Column(name = "last_name", nullable = false, length = 60) private String lastName;
    @Column(length = 200) private String address;
    @Column(length = 80) private String city;
    @Column(length = 20) private String telephone;
    @Column(length = 120) private String email;
    @Column(name = "created_at") private LocalDateTime createdAt;
    @Column(nullable = false) private Boolean active;
}
