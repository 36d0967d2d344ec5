package dev.retort.example.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user of the to-do application. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    private Integer id;

    @Column(length = 100, nullable = false)
    private String name;

    protected AppUser() {
    }

    public AppUser(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
