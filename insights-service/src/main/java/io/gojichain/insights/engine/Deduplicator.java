package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
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
final class Deduplicator {

    /** Digits of the zero-padded arrival ms, so that the index sorts by time. */
    private static final int ARRIVAL_DIGITS = 19;

    private static final String ZEROS = "0".repeat(ARRIVAL_DIGITS);

    private final EventType type;

    private final Duration retention;

    private @Nullable KeyValueStore<String, Long> seen;

    private @Nullable KeyValueStore<String, String> expiry;

    Deduplicator(EventType type, Duration retention) {
        this.type = type;
        this.retention = retention;
    }

    Set<StoreBuilder<?>> stores() {
        return Set.of(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(StoreNames.seenIds(this.type)), Serdes.String(), Serdes.Long()),
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(StoreNames.seenExpiry(this.type)),
                        Serdes.String(),
                        Serdes.String()));
    }

    void open(ProcessorContext<?, ?> context) {
        this.seen = context.getStateStore(StoreNames.seenIds(this.type));
        this.expiry = context.getStateStore(StoreNames.seenExpiry(this.type));
    }

    boolean seen(UUID eventId) {
        return FactCounter.require(this.seen).get(eventId.toString()) != null;
    }

    /** Stages the id as seen at {@code arrival}, to be written with the event's facts. */
    void remember(UUID eventId, long arrival, StagedWrites writes) {
        String id = eventId.toString();
        writes.put(FactCounter.require(this.seen), id, arrival);
        writes.put(FactCounter.require(this.expiry), indexKey(arrival, id), id);
    }

    /** {@code <arrival ms, zero padded>|eventId}; not String.format, which cost a microsecond per event. */
    static String indexKey(long arrival, String eventId) {
        String digits = Long.toString(arrival);
        return new StringBuilder(ARRIVAL_DIGITS + 1 + eventId.length())
                .append(ZEROS, 0, ARRIVAL_DIGITS - digits.length())
                .append(digits)
                .append('|')
                .append(eventId)
                .toString();
    }

    /** Forgets the ids that first arrived more than {@code retention} before {@code now}. */
    void purge(long now) {
        long cutoff = now - this.retention.toMillis();
        if (cutoff <= 0) {
            return;
        }
        KeyValueStore<String, Long> seenIds = FactCounter.require(this.seen);
        KeyValueStore<String, String> index = FactCounter.require(this.expiry);
        List<KeyValue<String, String>> expired = new ArrayList<>();
        // The bound "<cutoff>|" sorts before every key of arrival == cutoff: those are kept.
        try (KeyValueIterator<String, String> it = index.range(indexKey(0L, ""), indexKey(cutoff, ""))) {
            it.forEachRemaining(expired::add);
        }
        for (KeyValue<String, String> entry : expired) {
            seenIds.delete(entry.value);
            index.delete(entry.key);
        }
    }
}
