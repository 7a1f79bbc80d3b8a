package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The engine's own meters; tags are low-cardinality (event type, topic, reason class) only. */
public final class EngineMetrics {

    /** Why a record went to the dead-letter topic: not readable as the event, or readable but breaking the contract. */
    enum DeadLetterReason {
        UNREADABLE("unreadable"),
        CONTRACT("contract"),
        /** Readable and within the contract, yet counting it failed. */
        PROCESSING("processing");

        private final String tag;

        DeadLetterReason(String tag) {
            this.tag = tag;
        }

        String tag() {
            return this.tag;
        }
    }

    private final MeterRegistry registry;

    private final Map<EventType, Counter> processed = new EnumMap<>(EventType.class);

    private final Map<EventType, Counter> duplicates = new EnumMap<>(EventType.class);

    private final Map<EventType, Timer> age = new EnumMap<>(EventType.class);

    /** Wall clock of the last record the stream thread handled, whatever became of it (see {@link StallWatch}). */
    private volatile long lastProgress = System.currentTimeMillis();

    public EngineMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (EventType type : EventType.values()) {
            this.processed.put(
                    type,
                    Counter.builder("goji.insights.events.processed")
                            .description("Events counted into the stores (after de-duplication)")
                            .tag("type", type.wireName())
                            .register(registry));
            this.duplicates.put(
                    type,
                    Counter.builder("goji.insights.duplicates.dropped")
                            .description("Events dropped because their eventId was counted before")
                            .tag("type", type.wireName())
                            .register(registry));
            this.age.put(
                    type,
                    Timer.builder("goji.insights.event.age")
                            .description("Time from the ingest service accepting an event (recordTime) to its counting")
                            .tag("type", type.wireName())
                            .publishPercentileHistogram()
                            .minimumExpectedValue(Duration.ofMillis(1))
                            .maximumExpectedValue(Duration.ofMinutes(10))
                            .register(registry));
        }
    }

    void processed(EventType type, long ageMillis) {
        this.processed.get(type).increment();
        this.age.get(type).record(Duration.ofMillis(Math.max(0, ageMillis)));
    }

    /** The stream thread handled a record (counted, dropped or dead-lettered), or just became RUNNING. */
    void progressed() {
        this.lastProgress = System.currentTimeMillis();
    }

    long lastProgress() {
        return this.lastProgress;
    }

    void threadReplaced() {
        Counter.builder("goji.insights.stream.threads.replaced")
                .description("Stream threads replaced after an uncaught exception (infrastructure failures)")
                .register(this.registry)
                .increment();
    }

    void duplicate(EventType type) {
        this.duplicates.get(type).increment();
    }

    void deadLettered(String topic, DeadLetterReason reason) {
        Counter.builder("goji.insights.dead.lettered")
                .description("Records sent to the dead-letter topic")
                .tag("topic", topic)
                .tag("reason", reason.tag())
                .register(this.registry)
                .increment();
    }
}
