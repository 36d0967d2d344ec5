/**
 * Retort: schema migration for the JVM. This package is the front door: the {@link dev.retort.Retort} facade and
 * its {@link dev.retort.RetortBuilder}, {@link dev.retort.RetortException}, every option, report and result value
 * the facade takes or returns, and {@link dev.retort.Reports}, the one place where they become JSON or text.
 *
 * <p>Exported packages (what applications, the command line and integrations may use; {@code ExportedApiTest}
 * holds them to it): this one, {@code dev.retort.model} (models written in Java), {@code dev.retort.schema} (the
 * schema values), {@code dev.retort.op} and {@code dev.retort.spi} (the dialect contract and what it renders).
 * Every other package is internal, public across packages only where Java needs it. The use cases behind the
 * facade ({@code Authoring}, {@code Reporting}, {@code Modelling}, …) are package-private here.
 *
 * <p>Internal packages, each allowed to use only those listed after it (kept true by {@code ArchitectureTest}):
 * <ul>
 *   <li>{@code schema} — immutable records describing a database schema;</li>
 *   <li>{@code op} — sealed migration operations that reverse themselves; schema;</li>
 *   <li>{@code diff} — two schemas to ordered operations; schema, op, spi;</li>
 *   <li>{@code revision} — the pure revision graph and its target grammar;</li>
 *   <li>{@code sql} — statements, the statement splitter, connections; spi;</li>
 *   <li>{@code ddl} — operations rendered to SQL; schema, op, sql, spi;</li>
 *   <li>{@code reflect} — reading a live schema; schema, sql, spi;</li>
 *   <li>{@code lock} — the row-lock fallback; sql, spi;</li>
 *   <li>{@code spi} — the dialect contract; schema, op, diff, sql, ddl, reflect;</li>
 *   <li>{@code dialect.*} — one package per database, found through {@code ServiceLoader}; the above, never
 *       another dialect;</li>
 *   <li>{@code script} — revision files to revisions and back; revision, op, schema, sql, spi;</li>
 *   <li>{@code runtime} — plans and runs steps, version table, audit log; the above;</li>
 *   <li>{@code model} — desired-state models; schema, sql, reflect, spi;</li>
 *   <li>{@code config} — settings; the only reader of environment and system properties;</li>
 *   <li>{@code internal} — helpers that use nothing of Retort.</li>
 * </ul>
 * Every package may use this package's values ({@code RetortException}, {@code Direction}, …); only this package
 * uses the facade.
 */
package dev.retort;
