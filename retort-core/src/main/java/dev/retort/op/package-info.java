/**
 * Sealed migration operations, one record per operation, each reversing itself. Exported as part of the SPI: a
 * dialect's {@link dev.retort.spi.DdlRenderer} renders them.
 */
package dev.retort.op;
