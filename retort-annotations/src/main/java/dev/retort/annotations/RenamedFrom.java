package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a table or column was renamed, so that autogenerate renames it instead of dropping the
 * old one (and its data) and adding a new, empty one.
 *
 * <p>On an entity class it names the table's former names; on a field or getter, the column's. A
 * chain of renames across releases lists every former name, or repeats the annotation:
 *
 * <pre>{@code
 * @Entity
 * @Table(name = "account")
 * @RenamedFrom({"app_user", "member"})
 * class Account {
 *     @RenamedFrom("email")
 *     String emailAddress;
 * }
 * }</pre>
 *
 * <p>The hint applies only while the database still has one former name and not the new one; once
 * the database has the new name it is ignored, so it may stay in the code for as long as old
 * databases exist. A name is the database's name for the table or column (not the Java name), in the
 * table's schema. Where the database has both an old and the new name, or two model objects claim one
 * old name, autogenerate stops with an error rather than guess.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@java.lang.annotation.Repeatable(RenamedFrom.List.class)
public @interface RenamedFrom {

    /**
     * The former names, as the database spelled them.
     *
     * @return the former names of the table or column
     */
    String[] value();

    /** The container of repeated {@link RenamedFrom} annotations; written by the compiler. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
    @interface List {
        /**
         * The repeated annotations.
         *
         * @return the annotations, in the order written
         */
        RenamedFrom[] value();
    }
}
