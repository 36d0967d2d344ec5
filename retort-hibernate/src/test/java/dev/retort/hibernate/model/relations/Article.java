package dev.retort.hibernate.model.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** @ManyToMany: a join table, named and defaulted. */
@Entity
public class Article {
    @Id
    Long id;
    String title;
    @ManyToMany
    @JoinTable(name = "article_label", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    Set<Label> labels;
    @ManyToMany
    Set<Author> reviewers;
}
