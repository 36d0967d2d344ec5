/**
 * Desired-state models. Exported for {@link dev.retort.model.SchemaModel} and {@link
 * dev.retort.model.SchemaBuilder} (a model written in Java); {@code SqlModel} and {@code JavaModel} are the
 * facade's loaders, public across packages only and not for users.
 */
package dev.retort.model;
