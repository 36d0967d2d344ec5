package dev.retort.spring.boot.autoconfigure;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that Retort manages the schema of the DataSource it migrates, so that Hibernate's
 * {@code ddl-auto} defaults to {@code none} on an embedded database (H2) instead of {@code create-drop}, which
 * would throw away what Retort built. Same interface name in Boot 3.5 ({@code spring-boot}) and 4.0
 * ({@code spring-boot-jdbc}). Immutable.
 */
final class RetortSchemaManagementProvider implements SchemaManagementProvider {

    private final DataSource managed;

    /** @param managed the DataSource Retort migrates; null when it migrates a database of its own (retort.url) */
    RetortSchemaManagementProvider(DataSource managed) {
        this.managed = managed;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return managed != null && managed == dataSource ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
