/**
 * Two schemas to ordered operations, with the standard comparison answers behind {@link
 * dev.retort.spi.ComparisonRules} (not exported).
 */
package dev.retort.diff;
