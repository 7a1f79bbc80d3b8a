package io.gojichain.processing;

import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.contracts.EventType;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Validates processing steps (fresh lots dried or pressed into juice and pulp), stamps the envelope and publishes
 * them to {@code goji.dried.v1} and {@code goji.juiced.v1}. The web layer, the publisher and readiness come from
 * goji-spring-boot; this service holds its requests, rules and controller.
 */
@SpringBootApplication
public class ProcessingServiceApplication {

    /**
     * The {@code source} of every event this service accepts, its CloudEvents source without the slash, and the
     * writer the topic catalogue names for the topics it writes.
     */
    public static final String SERVICE_NAME = "processing-service";

    /** The two endpoints of this service; switches on the shared ingest auto-configuration. */
    @Bean
    static IngestEndpoints ingestEndpoints() {
        return new IngestEndpoints(Map.of(
                "/api/v1/processing/dried", EventType.DRIED,
                "/api/v1/processing/juiced", EventType.JUICED));
    }

    public static void main(String[] args) {
        SpringApplication.run(ProcessingServiceApplication.class, args);
    }
}
