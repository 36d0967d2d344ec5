package dev.retort.hibernate.model.secondary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;

/** @SecondaryTable: some columns in a second table, joined on the key. */
@Entity
@SecondaryTable(name = "employee_detail", pkJoinColumns = @PrimaryKeyJoinColumn(name = "employee_id"))
public class Employee {
    @Id
    Long id;
    String name;
    @Column(table = "employee_detail", length = 200)
    String biography;
    @Column(table = "employee_detail")
    Integer shoeSize;
}
