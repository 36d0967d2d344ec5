package dev.retort.hibernate.model.rename.after;

import dev.retort.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The member of the earlier release, renamed: its table, a column, and a column of an embeddable. */
@Entity
@Table(name = "account")
@RenamedFrom({"app_user", "member"})
public class Account {
    @Id
    Long id;

    @RenamedFrom("email")
    @Column(name = "email_address", length = 100, nullable = false)
    String emailAddress;

    @Embedded
    Profile profile;
}
