package io.gojichain.harvest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Validates harvests, stamps the envelope and publishes them to {@code goji.harvested.v1}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HarvestServiceApplication {

    /**
     * The {@code source} of every event this service accepts, its CloudEvents source without the slash, and the
     * writer the topic catalogue names for the topics it writes.
     */
    public static final String SERVICE_NAME = "harvest-service";

    public static void main(String[] args) {
        SpringApplication.run(HarvestServiceApplication.class, args);
    }
}
