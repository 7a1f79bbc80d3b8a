package io.gojichain.harvest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Validates harvests, stamps the envelope and publishes them to {@code goji.harvested.v1}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HarvestServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HarvestServiceApplication.class, args);
    }
}
