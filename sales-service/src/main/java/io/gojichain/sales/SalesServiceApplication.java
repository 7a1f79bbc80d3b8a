package io.gojichain.sales;

import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.contracts.EventType;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Validates order lines, stamps the envelope and publishes them as {@code sold} events to {@code goji.sold.v1}. The
 * web layer, the publisher and readiness come from goji-spring-boot; this service holds its request, rules and
 * controller.
 */
@SpringBootApplication
public class SalesServiceApplication {

    /**
     * The {@code source} of every event this service accepts, its CloudEvents source without the slash, and the
     * writer the topic catalogue names for the topics it writes.
     */
    public static final String SERVICE_NAME = "sales-service";

    /** The one endpoint of this service; switches on the shared ingest auto-configuration. */
    @Bean
    static IngestEndpoints ingestEndpoints() {
        return IngestEndpoints.of("/api/v1/sales", EventType.SOLD);
    }

    public static void main(String[] args) {
        SpringApplication.run(SalesServiceApplication.class, args);
    }
}
