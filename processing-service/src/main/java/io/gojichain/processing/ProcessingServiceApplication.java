package io.gojichain.processing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Validates processing steps (fresh lots dried or pressed into juice and pulp), stamps the envelope and publishes
 * them to {@code goji.dried.v1} and {@code goji.juiced.v1}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProcessingServiceApplication {

    /**
     * The {@code source} of every event this service accepts, its CloudEvents source without the slash, and the
     * writer the topic catalogue names for the topics it writes.
     */
    public static final String SERVICE_NAME = "processing-service";

    public static void main(String[] args) {
        SpringApplication.run(ProcessingServiceApplication.class, args);
    }
}
