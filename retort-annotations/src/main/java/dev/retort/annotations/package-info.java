/**
 * Annotations an application's model classes carry for Retort. This package depends on nothing but
 * the JDK, so entity classes can use it without bringing Retort onto their class path.
 */
package dev.retort.annotations;
