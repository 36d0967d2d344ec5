package dev.retort.spring.boot.it.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The application the tests start: JPA over the schema Retort migrates, Actuator, and nothing that names Retort
 * (no @DependsOn, no Retort bean): the starter alone has to make it work.
 */
@SpringBootApplication
public class PetApplication {

    /** Pet names a runner read at start-up, when {@code pets.runner=true}. */
    public static final List<String> NAMES_AT_STARTUP = new CopyOnWriteArrayList<>();

    /** A registry the tests can read (Boot's tests switch metrics export off). */
    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    @ConditionalOnProperty("pets.runner")
    CommandLineRunner readPets(PetRepository pets) {
        return args -> pets.findAll().forEach(pet -> NAMES_AT_STARTUP.add(pet.getName() + "/" + pet.getBirthYear()));
    }
}
