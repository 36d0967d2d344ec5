package dev.retort.dialect.sqlite;

import dev.retort.ddl.DdlRenderer;

/** Sqlite DDL. Placeholder until the DDL work. */
final class SqliteDdlRenderer implements DdlRenderer {
}
