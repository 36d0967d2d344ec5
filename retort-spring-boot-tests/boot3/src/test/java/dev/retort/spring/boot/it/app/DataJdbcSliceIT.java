package dev.retort.spring.boot.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code @DataJdbcTest} on Boot 3.5 runs Retort as it runs Flyway: Spring Data JDBC reads the row the first
 * revision inserts, with the column the second one adds, on the slice's replacement embedded database.
 */
@DataJdbcTest(properties = "spring.data.jdbc.repositories.enabled=true") // off in application.properties, for SQLite
class DataJdbcSliceIT {

    /**
     * The pet table as a Spring Data JDBC aggregate (the application's Pet is a JPA entity). Upper case: H2 folds the
     * unquoted names of the revision scripts to upper case, and Spring Data JDBC quotes the names it reads.
     */
    @Table("PET")
    record PetRow(@Id Long id, String name, Integer birthYear) {
    }

    @Autowired
    JdbcAggregateTemplate aggregates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sliceDatabaseIsMigrated() {
        PetRow leo = aggregates.findById(1L, PetRow.class);
        assertEquals("Leo", leo.name());
        assertEquals(2019, leo.birthYear());
        assertEquals(2, jdbc.queryForObject("SELECT COUNT(*) FROM retort_version", Integer.class));
    }
}
