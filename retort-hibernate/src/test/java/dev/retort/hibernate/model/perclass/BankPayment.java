package dev.retort.hibernate.model.perclass;

import jakarta.persistence.Entity;

@Entity
public class BankPayment extends Payment {
    String iban;
}
