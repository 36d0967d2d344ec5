package dev.retort.spring.boot.it;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points Spring's DataSource at a fresh test database, and reads it back with plain JDBC. */
final class Databases {

    private Databases() {
    }

    static void register(DynamicPropertyRegistry registry, TestDatabase database) {
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", () -> database.user() == null ? "" : database.user());
        registry.add("spring.datasource.password", () -> database.password() == null ? "" : database.password());
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            registry.add("spring.jpa.database-platform", () -> "org.hibernate.community.dialect.SQLiteDialect");
        }
    }

    /** The revisions in Retort's version table, or an empty list when the table does not exist. */
    static List<String> appliedRevisions(TestDatabase database) {
        List<String> revisions = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT revision FROM retort_version ORDER BY revision")) {
            while (rows.next()) {
                revisions.add(rows.getString(1));
            }
        } catch (SQLException e) {
            if (!tableMissing(e)) {
                throw new IllegalStateException(e);
            }
        }
        return revisions;
    }

    private static boolean tableMissing(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("retort_version") && (message.contains("not found") || message.contains("does not exist")
                || message.contains("no such table"));
    }
}
