package dev.retort.model;

import dev.retort.schema.Schema;

/**
 * A desired-state model written in Java: a class with a public no-argument constructor, named by
 * {@code model_class} and loaded from {@code model_classpath}. Build the value with
 * {@link SchemaBuilder}. Implementations should be stateless.
 */
public interface SchemaModel {

    /** {@return the schema the application wants} */
    Schema schema();
}
