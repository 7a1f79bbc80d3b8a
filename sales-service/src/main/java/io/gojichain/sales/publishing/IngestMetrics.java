package io.gojichain.sales.publishing;

import io.gojichain.contracts.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The ingest meters, identical in the three ingest services. Tags are low-cardinality only (type,
 * mode, reason), never ids. Known combinations are registered up front so dashboards show zeros
 * rather than gaps.
 */
@Component
public class IngestMetrics {

    /** How events arrived. */
    public enum Mode {
        SINGLE,
        BATCH;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why a request was turned away. */
    public enum Reason {
        INVALID,
        MALFORMED,
        TOO_LARGE,
        UNSUPPORTED_MEDIA,
        KAFKA_UNAVAILABLE;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Mode mode : Mode.values()) {
            acceptedCounter(EventType.SOLD, mode);
            latencyTimer(EventType.SOLD, mode);
        }
        for (Reason reason : Reason.values()) {
            rejectedCounter(EventType.SOLD, reason);
        }
        batchSizeSummary(EventType.SOLD);
    }

    /** Events the broker acknowledged; a batch adds its size. */
    public void accepted(EventType type, Mode mode, int events) {
        acceptedCounter(type, mode).increment(events);
    }

    /** One rejected request (a rejected batch counts once, whatever its size). */
    public void rejected(EventType type, Reason reason) {
        rejectedCounter(type, reason).increment();
    }

    /** The number of events in a batch request that passed the size limit. */
    public void batchSize(EventType type, int events) {
        batchSizeSummary(type).record(events);
    }

    /** From the send until the broker's acknowledgement (or the failure). */
    public void publishLatency(EventType type, Mode mode, Duration elapsed) {
        latencyTimer(type, mode).record(elapsed);
    }

    private Counter acceptedCounter(EventType type, Mode mode) {
        return Counter.builder("goji.ingest.events.accepted")
                .description("Events acknowledged by Kafka")
                .tag("type", type.wireName())
                .tag("mode", mode.tag())
                .register(this.registry);
    }

    private Counter rejectedCounter(EventType type, Reason reason) {
        return Counter.builder("goji.ingest.events.rejected")
                .description("Requests answered with an error, by reason")
                .tag("type", type.wireName())
                .tag("reason", reason.tag())
                .register(this.registry);
    }

    private DistributionSummary batchSizeSummary(EventType type) {
        return DistributionSummary.builder("goji.ingest.batch.size")
                .description("Events per batch request")
                .baseUnit("events")
                .tag("type", type.wireName())
                .register(this.registry);
    }

    private Timer latencyTimer(EventType type, Mode mode) {
        return Timer.builder("goji.ingest.publish.latency")
                .description("Time from send to the broker's acknowledgement")
                .tag("type", type.wireName())
                .tag("mode", mode.tag())
                .publishPercentileHistogram()
                .register(this.registry);
    }
}
