package dev.retort;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Finds which database a data source points at. Stateless. */
final class DataSources {

    private DataSources() {
    }

    /** The JDBC URL of the data source's connections, from their metadata. */
    static String url(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.DATABASE, "cannot connect through the data source to find"
                    + " its database: " + e.getMessage() + "; check the data source, or pass the URL with .url(...)", e);
        }
    }
}
