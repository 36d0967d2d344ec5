package dev.retort.hibernate.model.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Label {
    @Id
    Long id;
    String text;
    @ManyToMany(mappedBy = "labels")
    Set<Article> articles;
}
