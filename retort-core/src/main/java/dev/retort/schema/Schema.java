package dev.retort.schema;

/** The immutable model of one database schema. Placeholder until the reflection issue. */
public record Schema() {
}
