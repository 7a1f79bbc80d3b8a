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
 * retention from arrival "whatever its eventTime".
 *
 * <p>As cheap as that guarantee allows: one store (eventId -> first arrival), one lookup and one
 * write per event. There is no arrival-ordered index (it cost a second write and changelog record
 * per event); instead each wall-clock purge walks one sixteenth of the ids (those starting with one
 * hex digit) and forgets the expired ones, so every id is looked at once every 16 purge intervals
 * (160 minutes by default) and an id is remembered for at most that much longer than the
 * retention, which the contract allows ("at least").
 *
 * <p>The seen ids live per task (per partition). That suffices because every copy of an event
 * carries the same key (the ingest services derive it from the body: lotId, batchId, orderId), so
 * a retry lands in the same partition as the original.
 */
final class Deduplicator {

    /** The first characters a {@link UUID#toString()} can start with, one slice each. */
    private static final String HEX = "0123456789abcdef";

    private final EventType type;

    private final Duration retention;

    private @Nullable KeyValueStore<String, Long> seen;

    /** The slice the next purge walks. */
    private int slice;

    Deduplicator(EventType type, Duration retention) {
        this.type = type;
        this.retention = retention;
    }

    Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.seenIds(this.type)), Serdes.String(), Serdes.Long()));
    }

    void open(ProcessorContext<?, ?> context) {
        this.seen = context.getStateStore(StoreNames.seenIds(this.type));
    }

    boolean seen(UUID eventId) {
        return FactCounter.require(this.seen).get(eventId.toString()) != null;
    }

    /** Stages the id as seen at {@code arrival}, to be written with the event's facts. */
    void remember(UUID eventId, long arrival, StagedWrites writes) {
        writes.put(FactCounter.require(this.seen), eventId.toString(), arrival);
    }

    /** Forgets the ids of the next slice that first arrived more than {@code retention} before {@code now}. */
    void purge(long now) {
        long cutoff = now - this.retention.toMillis();
        int current = this.slice;
        this.slice = (current + 1) % HEX.length();
        if (cutoff <= 0) {
            return;
        }
        KeyValueStore<String, Long> ids = FactCounter.require(this.seen);
        // [digit, next digit): every id starting with the digit (ids are 36 characters, never one)
        String from = HEX.substring(current, current + 1);
        String to = (current + 1 < HEX.length()) ? HEX.substring(current + 1, current + 2) : "g";
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = ids.range(from, to)) {
            while (it.hasNext()) {
                KeyValue<String, Long> id = it.next();
                if (id.value < cutoff) {
                    expired.add(id.key);
                }
            }
        }
        expired.forEach(ids::delete);
    }
}
