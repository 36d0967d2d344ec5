package dev.retort;

import dev.retort.spi.JdbcSession;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Reads the target's product and version for an entity model, whose DDL depends on them. Stateless. */
final class DatabaseProducts {

    private DatabaseProducts() {
    }

    static EntityModels.DatabaseProduct of(JdbcSession session) {
        try {
            DatabaseMetaData meta = session.connection().getMetaData();
            return new EntityModels.DatabaseProduct(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion());
        } catch (SQLException e) {
            throw JdbcSession.failure("reading the database's product and version", e);
        }
    }
}
