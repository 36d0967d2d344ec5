package dev.retort.hibernate.model.rename.after;

import dev.retort.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable whose column was renamed (repeated annotations: a chain of renames). */
@Embeddable
public class Profile {
    @RenamedFrom("nick")
    @RenamedFrom("nickname")
    @Column(name = "display_name", length = 40)
    String displayName;
}
