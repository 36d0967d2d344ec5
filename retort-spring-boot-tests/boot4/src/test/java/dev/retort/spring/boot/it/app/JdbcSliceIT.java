package dev.retort.spring.boot.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code @JdbcTest} on Boot 4.0 (modules spring-boot-data-jpa-test and spring-boot-jdbc-test) runs Retort before the JdbcTemplate is made. */
@JdbcTest
class JdbcSliceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sliceDatabaseIsMigrated() {
        assertEquals("Leo", jdbc.queryForObject("SELECT name FROM pet WHERE birth_year = 2019", String.class));
        assertEquals(2, jdbc.queryForObject("SELECT COUNT(*) FROM retort_version", Integer.class));
    }
}
