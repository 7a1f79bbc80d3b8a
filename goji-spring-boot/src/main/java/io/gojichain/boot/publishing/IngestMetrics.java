package io.gojichain.boot.publishing;

import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.contracts.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/**
 * The ingest meters, the same in every ingest service. Tags are low-cardinality enums only (never an id):
 * {@code type} is the event type, {@code mode} single or batch, {@code reason} why events were turned away. Every
 * combination of this service's event types is registered up front, so dashboards and alert rules see zeros rather
 * than missing series.
 */
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
        KAFKA_UNAVAILABLE,
        FORBIDDEN;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry, IngestEndpoints endpoints) {
        this.registry = registry;
        for (EventType type : endpoints.eventTypes()) {
            for (Mode mode : Mode.values()) {
                acceptedCounter(type, mode);
                publishLatency(type, mode);
            }
            for (Reason reason : Reason.values()) {
                rejectedCounter(type, reason);
            }
            batchSizeSummary(type);
        }
    }

    /** Events Kafka acknowledged; a batch adds its size. */
    void accepted(EventType type, Mode mode, int events) {
        acceptedCounter(type, mode).increment(events);
    }

    /**
     * Events turned away. Counts the events of the request when they are known (a batch that failed validation or
     * publishing, a batch over the item limit) and 1 for a request whose events are not known (a body that could not
     * be read or bound: malformed, over the byte limit, wrong media type, a value of the wrong type).
     */
    public void rejected(EventType type, Reason reason, int events) {
        rejectedCounter(type, reason).increment(Math.max(events, 1));
    }

    /**
     * The size of a batch that reached Kafka. No base unit: the README documents the series as {@code
     * goji_ingest_batch_size}, and a unit would append {@code _events} to it.
     */
    void batchSize(EventType type, int events) {
        batchSizeSummary(type).record(events);
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

    private Counter acceptedCounter(EventType type, Mode mode) {
        return Counter.builder("goji.ingest.events.accepted")
                .description("Events acknowledged by Kafka and answered 202")
                .tag("type", type.wireName())
                .tag("mode", mode.tag())
                .register(this.registry);
    }

    private Counter rejectedCounter(EventType type, Reason reason) {
        return Counter.builder("goji.ingest.events.rejected")
                .description("Events answered with an error instead of 202")
                .tag("type", type.wireName())
                .tag("reason", reason.tag())
                .register(this.registry);
    }

    private DistributionSummary batchSizeSummary(EventType type) {
        return DistributionSummary.builder("goji.ingest.batch.size")
                .description("Events per batch that reached Kafka")
                .tag("type", type.wireName())
                .register(this.registry);
    }
}
