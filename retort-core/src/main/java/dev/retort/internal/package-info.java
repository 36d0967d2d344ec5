/**
 * Helpers with no Retort dependency (JSON writing, secret masking), public across packages only (not exported).
 */
package dev.retort.internal;
