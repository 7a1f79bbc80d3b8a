package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * Counts each eventId once: the first arrival wins, a later record with the same id is dropped
 * while the id is remembered, i.e. for at least {@code retention} after the first arrival.
 *
 * <p>Arrival is the stream thread's wall clock when the record is first processed, not the record
 * timestamp: a producer may stamp a backfill with its old event time, and the contract measures
 * retention from arrival "whatever its eventTime". A wall-clock punctuator purges expired ids
 * through an arrival-ordered index, so the purge reads only what it deletes.
 *
 * <p>The seen ids live per task (per partition). That suffices because every copy of an event
 * carries the same key (the ingest services derive it from the body: lotId, batchId, orderId), so
 * a retry lands in the same partition as the original.
 */
final class Deduplicator<E extends GojiEvent> implements Processor<byte[], E, byte[], E> {

    /** Arrival ms zero-padded to a fixed width so that the index sorts by time. */
    private static final String ARRIVAL_FORMAT = "%019d|%s";

    private final EventType type;

    private final Duration retention;

    private final Duration purgeInterval;

    private final EngineMetrics metrics;

    private @Nullable ProcessorContext<byte[], E> context;

    private @Nullable KeyValueStore<String, Long> seen;

    private @Nullable KeyValueStore<String, String> expiry;

    private Deduplicator(EventType type, Duration retention, Duration purgeInterval, EngineMetrics metrics) {
        this.type = type;
        this.retention = retention;
        this.purgeInterval = purgeInterval;
        this.metrics = metrics;
    }

    static <E extends GojiEvent> ProcessorSupplier<byte[], E, byte[], E> supplier(
            EventType type, TopologySettings settings) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<byte[], E, byte[], E> get() {
                return new Deduplicator<>(
                        type, settings.dedupRetention(), settings.dedupPurgeInterval(), settings.metrics());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(StoreNames.seenIds(type)),
                                Serdes.String(),
                                Serdes.Long()),
                        Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(StoreNames.seenExpiry(type)),
                                Serdes.String(),
                                Serdes.String()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<byte[], E> context) {
        this.context = context;
        this.seen = context.getStateStore(StoreNames.seenIds(this.type));
        this.expiry = context.getStateStore(StoreNames.seenExpiry(this.type));
        context.schedule(this.purgeInterval, PunctuationType.WALL_CLOCK_TIME, this::purge);
    }

    @Override
    public void process(Record<byte[], E> record) {
        ProcessorContext<byte[], E> ctx = require(this.context);
        String eventId = record.value().eventId().toString();
        if (require(this.seen).get(eventId) != null) {
            this.metrics.duplicate(this.type);
            return;
        }
        long arrival = ctx.currentSystemTimeMs();
        require(this.seen).put(eventId, arrival);
        require(this.expiry).put(String.format(ARRIVAL_FORMAT, arrival, eventId), eventId);
        ctx.forward(record);
    }

    /** Forgets the ids that first arrived more than {@code retention} before {@code now}. */
    private void purge(long now) {
        long cutoff = now - this.retention.toMillis();
        if (cutoff <= 0) {
            return;
        }
        List<KeyValue<String, String>> expired = new ArrayList<>();
        // The bound "<cutoff>|" sorts before every key of arrival == cutoff: those are kept.
        try (KeyValueIterator<String, String> it = require(this.expiry)
                .range(String.format(ARRIVAL_FORMAT, 0L, ""), String.format(ARRIVAL_FORMAT, cutoff, ""))) {
            it.forEachRemaining(expired::add);
        }
        for (KeyValue<String, String> entry : expired) {
            require(this.seen).delete(entry.value);
            require(this.expiry).delete(entry.key);
        }
    }

    private static <T> T require(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("not initialised");
        }
        return value;
    }
}
