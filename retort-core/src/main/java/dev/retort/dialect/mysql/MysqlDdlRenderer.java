package dev.retort.dialect.mysql;

import dev.retort.ddl.DdlRenderer;

/** Mysql DDL. Placeholder until the DDL work. */
final class MysqlDdlRenderer implements DdlRenderer {
}
