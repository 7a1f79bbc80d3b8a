package io.gojichain.harvest.publishing;

import io.gojichain.contracts.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The ingest meters. Tags are low-cardinality enums only (never an id): {@code type} is the event type, {@code
 * mode} single or batch, {@code reason} why a request was turned away.
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

    /** Why events were rejected. */
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

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Events Kafka acknowledged. */
    void accepted(EventType type, Mode mode, int events) {
        Counter.builder("goji.ingest.events.accepted")
                .description("Events acknowledged by Kafka and answered 202")
                .tag("type", type.wireName())
                .tag("mode", mode.tag())
                .register(this.registry)
                .increment(events);
    }

    /**
     * Events turned away. Counts the events of the request when they are known (invalid, Kafka unavailable) and 1
     * for a request whose body could not be read (malformed, too large, wrong media type).
     */
    public void rejected(EventType type, Reason reason, int events) {
        Counter.builder("goji.ingest.events.rejected")
                .description("Events answered with an error instead of 202")
                .tag("type", type.wireName())
                .tag("reason", reason.tag())
                .register(this.registry)
                .increment(Math.max(events, 1));
    }

    /** The size of a batch that reached Kafka. */
    void batchSize(EventType type, int events) {
        DistributionSummary.builder("goji.ingest.batch.size")
                .description("Events per batch request")
                .baseUnit("events")
                .tag("type", type.wireName())
                .register(this.registry)
                .record(events);
    }

    /** Time from handing events to the producer until the broker's acknowledgement (or the failure). */
    Timer publishLatency(EventType type, Mode mode) {
        return Timer.builder("goji.ingest.publish.latency")
                .description("Time until Kafka acknowledged a single event or committed a batch")
                .tag("type", type.wireName())
                .tag("mode", mode.tag())
                .publishPercentileHistogram()
                .register(this.registry);
    }
}
