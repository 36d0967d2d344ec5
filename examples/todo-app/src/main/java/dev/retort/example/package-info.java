/**
 * An application using retort-core through its exported packages only ({@code ExportedApiTest}).
 */
package dev.retort.example;
