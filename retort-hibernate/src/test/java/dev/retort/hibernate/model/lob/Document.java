package dev.retort.hibernate.model.lob;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;

/** @Lob (character and binary) and @Version. */
@Entity
public class Document {
    @Id
    Long id;
    @Lob
    String body;
    @Lob
    byte[] attachment;
    @Version
    int version;
}
