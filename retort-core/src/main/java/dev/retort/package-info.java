/**
 * Retort: schema migration for the JVM.
 *
 * <p>Packages, each allowed to use only those listed after it (kept true by {@code ArchitectureTest}):
 * <ul>
 *   <li>{@code dev.retort} — {@link dev.retort.RetortException}, the root of every error;</li>
 *   <li>{@code schema} — immutable records describing a database schema; root;</li>
 *   <li>{@code op} — sealed migration operations that reverse themselves; schema;</li>
 *   <li>{@code diff} — two schemas to ordered operations; schema, op;</li>
 *   <li>{@code revision} — the pure revision graph and its target grammar; root;</li>
 *   <li>{@code sql} — statements, the per-dialect statement splitter, JDBC session; root;</li>
 *   <li>{@code ddl} — operations rendered to SQL; schema, op, sql;</li>
 *   <li>{@code reflect} — reading a live schema; schema, sql;</li>
 *   <li>{@code lock} — migration locks; sql;</li>
 *   <li>{@code dialect} and one sub-package per database — the dialect SPI; all of the above;</li>
 *   <li>{@code script} — revision files to revisions and back; revision, op, schema, sql;</li>
 *   <li>{@code runtime} — plans and runs steps, version table, audit log; the above;</li>
 *   <li>{@code config} — configuration; the only reader of environment and system properties;</li>
 *   <li>{@code command} — one public use case each and the {@code Retort} facade; everything.</li>
 * </ul>
 */
package dev.retort;
