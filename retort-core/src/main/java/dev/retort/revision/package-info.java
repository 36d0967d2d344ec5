/**
 * The revision graph: revisions, their parents and dependencies, heads, bases, branch and merge
 * points, the target grammar ({@code head}, {@code heads}, {@code base}, ids, prefixes, labels,
 * {@code label@head}, {@code +N}, {@code -N}, {@code REV±N}, ranges) and the plans that take a
 * database from its set of applied revisions to a target.
 *
 * <p>Pure: no I/O, no clock, no logging. The database side is only ever the set of applied
 * revision ids; current heads are derived from it. Public types: {@link dev.retort.revision.Revision},
 * {@link dev.retort.revision.RevisionGraph}, {@link dev.retort.revision.Target} and
 * {@link dev.retort.revision.TargetRange}; everything else is package-private.
 */
package dev.retort.revision;
