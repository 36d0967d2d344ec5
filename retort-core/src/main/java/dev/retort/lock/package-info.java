/**
 * The row-lock fallback of the migration lock (not exported; the lock contract is {@link
 * dev.retort.spi.MigrationLock}).
 */
package dev.retort.lock;
