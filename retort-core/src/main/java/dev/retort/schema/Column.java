package dev.retort.schema;

import java.util.Objects;

/**
 * One column of a table. Immutable and thread-safe.
 *
 * <p>A column is filled by at most one of: a {@link DefaultValue}, an {@link Identity} (serial,
 * identity, auto-increment — recognised as such, never as a sequence default) or a
 * {@link GeneratedColumn} expression.
 *
 * <p>Build one with {@link #of} and the {@code with…} methods; the canonical constructor is for
 * readers that have every component at hand. The dialect extras ({@code onUpdate}, {@code charset},
 * {@code collation}) stay typed components rather than untyped dialect attributes: the diff compares
 * and the renderers print each of them with its own rule (docs/architecture.md, "Dialect extras").
 *
 * @param name         the column name, real case
 * @param type         the type in its canonical form for the dialect
 * @param nullable     whether NULL is allowed
 * @param defaultValue the normalised server default, or {@code null}
 * @param identity     how the database generates values, or {@code null}
 * @param generated    the generation expression of a computed column, or {@code null}
 * @param onUpdate     MySQL {@code ON UPDATE} expression (e.g. {@code CURRENT_TIMESTAMP}), or {@code null}
 * @param comment      the column comment, or {@code null}
 * @param charset      MySQL/MariaDB character set and collation of a text column where it differs from
 *                     its table's default, or {@code null} (always, on other dialects)
 * @param collation    PostgreSQL collation of the column where it is not its type's default
 *                     ({@code pg_attribute.attcollation} against {@code pg_type.typcollation}), or {@code null}
 *                     (always, on other dialects); a collation of the default schema carries no schema
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        DefaultValue defaultValue,
        Identity identity,
        GeneratedColumn generated,
        String onUpdate,
        String comment,
        Charset charset,
        QualifiedName collation) {

    /**
     * Checks the column.
     *
     * @param name the column name, real case
     * @param type the type in its canonical form for the dialect
     * @param nullable whether NULL is allowed
     * @param defaultValue the normalised server default, or {@code null}
     * @param identity how the database generates values, or {@code null}
     * @param generated the generation expression of a computed column, or {@code null}
     * @param onUpdate MySQL {@code ON UPDATE} expression (e.g. {@code CURRENT_TIMESTAMP}), or {@code null}
     * @param comment the column comment, or {@code null}
     * @param charset MySQL/MariaDB character set and collation of a text column where it differs from its
     *     table's default, or {@code null} (always, on other dialects)
     * @param collation PostgreSQL collation of the column where it is not its type's default
     *     ({@code pg_attribute.attcollation} against {@code pg_type.typcollation}), or {@code null} (always,
     *     on other dialects); a collation of the default schema carries no schema
     * @throws IllegalArgumentException when the name is empty or more than one of default, identity and
     *     generation is given
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a column name must not be empty");
        }
        int fillers = (defaultValue == null ? 0 : 1) + (identity == null ? 0 : 1) + (generated == null ? 0 : 1);
        if (fillers > 1) {
            throw new IllegalArgumentException("column " + name
                    + " can have only one of a default, an identity and a generation expression");
        }
    }

    /**
     * {@return this column under another name, everything else kept}
     *
     * @param newName the other name
     */
    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity, generated, onUpdate, comment, charset, collation);
    }

    /**
     * {@return this column of another type, everything else kept}
     *
     * @param newType the other type
     */
    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultValue, identity, generated, onUpdate, comment, charset, collation);
    }

    /**
     * {@return this column with or without NOT NULL, everything else kept}
     *
     * @param newNullable false for NOT NULL
     */
    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, generated, onUpdate, comment, charset, collation);
    }

    /**
     * {@return this column with another default ({@code null}: none)}
     *
     * @param newDefault the default, or null for none
     */
    public Column withDefault(DefaultValue newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generated, onUpdate, comment, charset, collation);
    }

    /**
     * {@return this column with another identity ({@code null}: none)}
     *
     * @param newIdentity the identity, or null for none
     */
    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity, generated, onUpdate, comment, charset, collation);
    }

    /**
     * {@return this column with another generation expression ({@code null}: none)}
     *
     * @param newGenerated the generation expression, or null for none
     */
    public Column withGenerated(GeneratedColumn newGenerated) {
        return new Column(name, type, nullable, defaultValue, identity, newGenerated, onUpdate, comment, charset, collation);
    }

    /**
     * {@return this column with another MySQL {@code ON UPDATE} expression ({@code null}: none)}
     *
     * @param newOnUpdate the {@code ON UPDATE} expression, or null for none
     */
    public Column withOnUpdate(String newOnUpdate) {
        return new Column(name, type, nullable, defaultValue, identity, generated, newOnUpdate, comment, charset, collation);
    }

    /**
     * {@return this column with another comment ({@code null}: none)}
     *
     * @param newComment the comment, or null for none
     */
    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultValue, identity, generated, onUpdate, newComment, charset, collation);
    }

    /**
     * {@return this column with another character set ({@code null}: its table's)}
     *
     * @param newCharset the character set, or null for the table's
     */
    public Column withCharset(Charset newCharset) {
        return new Column(name, type, nullable, defaultValue, identity, generated, onUpdate, comment, newCharset, collation);
    }

    /**
     * {@return this column with another collation ({@code null}: its type's)}
     *
     * @param newCollation the collation, or null for the type's
     */
    public Column withCollation(QualifiedName newCollation) {
        return new Column(name, type, nullable, defaultValue, identity, generated, onUpdate, comment, charset, newCollation);
    }

    /**
     * {@return a plain column: no default, identity, generation, on-update, comment, character set or
     * collation; the {@code with…} methods add them by name}
     *
     * @param name the column name, real case
     * @param type the type in its canonical form for the dialect
     * @param nullable whether NULL is allowed
     */
    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null, null, null, null);
    }

    /**
     * {@return true when the reader understood the type and the default (see
     * {@link ColumnType#recognised()})}
     */
    public boolean recognised() {
        return type.recognised() && (defaultValue == null || defaultValue.kind() != DefaultValue.Kind.UNRECOGNISED);
    }
}
