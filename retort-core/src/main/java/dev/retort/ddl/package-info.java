/**
 * Migration ops to SQL. {@link dev.retort.spi.DdlRenderer} is what the rest of Retort uses;
 * {@link dev.retort.ddl.AnsiDdlRenderer} holds the standard-SQL statement of every op and
 * {@link dev.retort.ddl.AnsiDefinitions} the standard spelling of columns, constraints and indexes,
 * which each dialect's renderer ({@code dialect.*.XDdlRenderer}) overrides where its database
 * differs. {@link dev.retort.ddl.SchemaTracker} follows the schema through a list of ops, so a
 * renderer always knows a table's current definition.
 *
 * <p>The key property, tested on every dialect against real databases: rendering a reflected table
 * and reflecting again gives an equal {@link dev.retort.schema.Table}.
 */
package dev.retort.ddl;
