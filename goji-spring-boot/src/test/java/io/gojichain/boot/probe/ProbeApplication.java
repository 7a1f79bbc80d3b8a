package io.gojichain.boot.probe;

import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.contracts.EventType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The smallest ingest service: one endpoint that takes a made-up order line and publishes it as a {@code sold}
 * event. It stands in for the three real services in the module's own tests, so that what they share (problems,
 * limits, publishing, readiness, meters) is tested once, here. It poses as sales-service, the catalogue's writer of
 * goji.sold.v1.
 */
@SpringBootApplication
public class ProbeApplication {

    static final String PATH = "/probe/sold";

    @Bean
    static IngestEndpoints ingestEndpoints() {
        return IngestEndpoints.of(PATH, EventType.SOLD);
    }
}
