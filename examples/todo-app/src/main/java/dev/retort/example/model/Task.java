package dev.retort.example.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Something a user has to do. */
@Entity
@Table(name = "task", indexes = @Index(name = "ix_task_owner", columnList = "owner_id"))
public class Task {

    @Id
    private Integer id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(length = 200, nullable = false)
    private String title;

    @Column(nullable = false)
    private boolean done;

    protected Task() {
    }

    public Task(Integer id, AppUser owner, String title) {
        this.id = id;
        this.owner = owner;
        this.title = title;
    }

    public Integer getId() {
        return id;
    }

    public AppUser getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public boolean isDone() {
        return done;
    }
}
