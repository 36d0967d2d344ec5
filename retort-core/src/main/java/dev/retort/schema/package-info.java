/**
 * Immutable records of a database schema: tables, columns, keys, indexes, other objects. Exported: the facade
 * returns a {@link dev.retort.schema.Schema}, a Java model builds one, and a dialect's reader produces one.
 */
package dev.retort.schema;
