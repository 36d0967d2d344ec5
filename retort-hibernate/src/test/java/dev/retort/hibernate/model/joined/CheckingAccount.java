package dev.retort.hibernate.model.joined;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "account_id")
public class CheckingAccount extends Account {
    Long overdraftLimit;
}
