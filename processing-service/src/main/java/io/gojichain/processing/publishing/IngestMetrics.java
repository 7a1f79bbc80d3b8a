package io.gojichain.processing.publishing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The ingest meters. Tags are low-cardinality on purpose (event type, mode, reason); ids never
 * become tags.
 */
@Component
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Events the broker acknowledged; {@code mode} is {@code single} or {@code batch}. */
    public void accepted(String type, String mode, int events) {
        Counter.builder("goji.ingest.events.accepted")
                .description("Events acknowledged by Kafka")
                .tags("type", type, "mode", mode)
                .register(this.registry)
                .increment(events);
    }

    /**
     * Requests refused; {@code reason} is one of {@code invalid}, {@code malformed}, {@code
     * too_large}, {@code unsupported_media}, {@code kafka_unavailable}.
     */
    public void rejected(String type, String reason) {
        Counter.builder("goji.ingest.events.rejected")
                .description("Ingest requests refused, by reason")
                .tags("type", type, "reason", reason)
                .register(this.registry)
                .increment();
    }

    public void batchSize(String type, int events) {
        DistributionSummary.builder("goji.ingest.batch.size")
                .description("Events per batch request")
                .baseUnit("events")
                .tag("type", type)
                .register(this.registry)
                .record(events);
    }

    /** Time from handing the events to the producer until the broker acknowledged them. */
    public Timer publishLatency(String type, String mode) {
        return Timer.builder("goji.ingest.publish.latency")
                .description("Time until Kafka acknowledged the write")
                .tags("type", type, "mode", mode)
                .publishPercentileHistogram()
                .register(this.registry);
    }
}
