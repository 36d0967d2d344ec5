/**
 * The dialect contract, exported for a database Retort does not ship: {@link dev.retort.spi.Dialect} with its
 * schema reader, DDL renderer, comparison rules, migration lock, scratch space, session settings and transaction
 * style; dialects are found by {@link java.util.ServiceLoader} through {@code META-
 * INF/services/dev.retort.spi.Dialect} ({@link dev.retort.spi.Dialects}).
 */
package dev.retort.spi;
