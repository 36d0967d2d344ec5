package dev.retort.spring.boot.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code @DataJpaTest} on Boot 3.5 (org.springframework.boot.test.autoconfigure.orm.jpa, .jdbc) runs Retort as it runs Flyway: the row the first revision inserts is there,
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
