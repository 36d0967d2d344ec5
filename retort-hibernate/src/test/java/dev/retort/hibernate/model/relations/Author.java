package dev.retort.hibernate.model.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.List;

/** @OneToMany with @JoinColumn: the foreign key lives in the many side's table. */
@Entity
public class Author {
    @Id
    Long id;
    String name;
    @OneToMany
    @JoinColumn(name = "author_id")
    List<Article> articles;
}
