/**
 * Plans and runs steps under the migration lock: the version table, the audit log, integrity checks, offline
 * scripts (not exported).
 */
package dev.retort.runtime;
