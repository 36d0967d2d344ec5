/**
 * SQLite: one fixed family of classes, registered through {@code META-INF/services} (not exported).
 */
package dev.retort.dialect.sqlite;
