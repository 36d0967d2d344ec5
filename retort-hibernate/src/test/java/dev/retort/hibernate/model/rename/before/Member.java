package dev.retort.hibernate.model.rename.before;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member before the release that renamed members to accounts. */
@Entity
@Table(name = "member")
public class Member {
    @Id
    Long id;

    @Column(name = "email", length = 100, nullable = false)
    String email;

    @Column(name = "nickname", length = 40)
    String nickname;
}
