/**
 * Reading settings from a project's file, explicit values and the environment; the only reader of environment
 * variables and system properties (not exported; the settings are {@link dev.retort.RetortConfig}).
 */
package dev.retort.config;
