package dev.retort.spring.boot.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} beans initialize the database, so that the beans Boot
 * knows to depend on database initialization (the JPA {@code EntityManagerFactory}, {@code JdbcTemplate},
 * {@code JdbcClient}, …) and the later initializers ({@code spring.sql.init} scripts) are created after it.
 * Registered in {@code META-INF/spring.factories} under
 * {@code org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector}, a name Boot 3.5 and 4.0 share.
 */
public final class RetortDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    /** Ahead of script initialization ({@code spring.sql.init}, ordered last), like Flyway's and Liquibase's. */
    private static final int ORDER = 1;

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(RetortMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
