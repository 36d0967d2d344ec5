package dev.retort.hibernate.model.perclass;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String cardLast4;
}
