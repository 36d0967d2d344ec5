package dev.retort.hibernate.model.embedded;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String street;
    @Column(length = 80)
    String city;
    String zip;
}
