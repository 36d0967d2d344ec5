/**
 * Revision files to revisions and back: loading from directories, the class path and jars, writing, checksums (not
 * exported).
 */
package dev.retort.script;
