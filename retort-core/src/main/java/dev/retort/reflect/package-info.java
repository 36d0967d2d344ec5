/**
 * Reading a live schema: table building, default values, table filters (not exported; the reader contract is
 * {@link dev.retort.spi.SchemaReader}).
 */
package dev.retort.reflect;
