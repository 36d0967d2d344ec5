/**
 * The command line: picocli classes that parse, call the {@link dev.retort.Retort} facade and print what
 * {@link dev.retort.Reports} formats. Uses only retort-core's exported packages ({@code ExportedApiTest}).
 */
package dev.retort.cli;
