package dev.retort.dialect.h2;

import dev.retort.ddl.DdlRenderer;

/** H2 DDL. Placeholder until the DDL work. */
final class H2DdlRenderer implements DdlRenderer {
}
