package dev.retort.model;

import dev.retort.schema.Schema;

/**
 * A desired-state model that is neither SQL files nor a {@link SchemaModel}: an application's entity
 * classes, for one. It turns what it models into a {@link Schema} for the target database that the
 * {@link ModelContext} describes, usually by writing DDL and handing it to
 * {@link ModelContext#loadSql(String, String)}, so the database normalises it as it does a SQL model.
 * Give one to the builder ({@code RetortBuilder.model(ModelSource)}), or let a {@link ModelProvider} make
 * one from the settings. Implementations should be immutable and thread-safe.
 */
public interface ModelSource {

    /**
     * The schema the application wants on the context's database.
     *
     * @param context the target database and the means to load DDL there
     * @return the model
     */
    Schema schema(ModelContext context);

    /** {@return what the model is, for messages (e.g. {@code entity classes in com.example.domain})} */
    String describe();
}
