package dev.retort.dialect.postgres;

import dev.retort.ddl.DdlRenderer;

/** Postgres DDL. Placeholder until the DDL work. */
final class PostgresDdlRenderer implements DdlRenderer {
}
