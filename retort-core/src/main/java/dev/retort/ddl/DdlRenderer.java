package dev.retort.ddl;

/** Renders migration ops to SQL for one dialect. Placeholder until the DDL work. */
public interface DdlRenderer {
}
