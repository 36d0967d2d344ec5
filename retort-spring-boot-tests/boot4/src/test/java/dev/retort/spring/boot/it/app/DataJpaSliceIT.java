package dev.retort.spring.boot.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code @DataJpaTest} on Boot 4.0 (modules spring-boot-data-jpa-test and spring-boot-jdbc-test) runs Retort as it runs Flyway: the row the first revision inserts is there,
 * on the slice's replacement embedded database.
 */
@DataJpaTest
class DataJpaSliceIT {

    @Autowired
    PetRepository pets;

    @Autowired
    DataSource dataSource;

    @Test
    void sliceDatabaseIsMigrated() {
        Pet leo = pets.findById(1L).orElseThrow();
        assertEquals(2019, leo.getBirthYear());
        assertEquals(2, new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM retort_version", Integer.class));
    }
}
