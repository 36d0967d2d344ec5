package dev.retort.hibernate.model.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;

/** @Table(indexes, uniqueConstraints) and every @Column attribute that reaches DDL. */
@Entity
@Table(name = "product",
        indexes = {@Index(name = "product_name_idx", columnList = "name"),
                @Index(name = "product_cat_price_idx", columnList = "category, price DESC")},
        uniqueConstraints = @UniqueConstraint(name = "product_sku_uk", columnNames = {"vendor", "sku"}))
public class Product {
    @Id
    Long id;
    @Column(length = 120, nullable = false)
    String name;
    @Column(length = 20)
    String vendor;
    @Column(length = 32)
    String sku;
    @Column(length = 30)
    String category;
    @Column(precision = 12, scale = 3)
    BigDecimal price;
    @Column(unique = true, length = 64)
    String barcode;
    @Column(columnDefinition = "varchar(7) default 'none'")
    String colour;
}
