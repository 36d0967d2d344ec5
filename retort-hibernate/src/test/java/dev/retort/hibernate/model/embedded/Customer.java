package dev.retort.hibernate.model.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** @Embedded twice (one with overrides) and @ElementCollection of basics and of embeddables. */
@Entity
public class Customer {
    @Id
    Long id;
    @Embedded
    Address home;
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "work_street"))
    @AttributeOverride(name = "city", column = @Column(name = "work_city"))
    @AttributeOverride(name = "zip", column = @Column(name = "work_zip"))
    Address work;
    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag", length = 40)
    Set<String> tags = new HashSet<>();
    @ElementCollection
    List<Address> shippingAddresses;
}
