package dev.retort.hibernate.model.joined;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class SavingsAccount extends Account {
    BigDecimal interestRate;
}
