package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Adds one counted event of a type to its stores. An event counts in the day of its eventTime in
 * the insights zone whenever it arrives: the stores are plain key-value aggregates with no windows,
 * so no grace period can drop a late event. Implementations stage every update in
 * {@link StagedWrites} (see there why).
 */
abstract class FactCounter<E extends GojiEvent> {

    private final EventType type;

    FactCounter(EventType type) {
        this.type = type;
    }

    EventType type() {
        return this.type;
    }

    /** The stores this counter writes, for the processor that owns it. */
    abstract Set<StoreBuilder<?>> stores();

    /** Looks up the stores. */
    abstract void open(ProcessorContext<?, ?> context);

    /** Stages the event's updates. */
    abstract void count(E event, LocalDate day, StagedWrites writes);

    /**
     * A persistent (RocksDB), changelog-backed store. Caching on: updates of a hot key within one
     * commit interval reach the changelog once; interactive queries read through the cache, so
     * it does not delay what they see. {@code statestore.cache.max.bytes} sizes it (0 turns it off).
     */
    static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        // RocksDB rather than in memory, by measurement: fact stores in memory replayed at the same
        // speed (22,237 against 22,453 events/s), would hold the whole state on the heap and replay
        // every changelog at each start.
        StoreSerdes.register(name, values);
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingEnabled();
    }

    /**
     * Running totals ({@link RunningTotals}): one key per partition, so in memory and rebuilt from
     * their compacted changelog at start, which takes milliseconds.
     */
    static StoreBuilder<KeyValueStore<String, RunningTotals>> totals(String name) {
        StoreSerdes.register(name, FactSerdes.TOTALS);
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), FactSerdes.TOTALS)
                .withCachingEnabled();
    }

    /** Stages the event's contribution to the partition's running totals. */
    static void addTotals(
            StagedWrites writes, KeyValueStore<String, RunningTotals> totals, Map<String, BigDecimal> amounts) {
        writes.add(totals, RunningTotals.KEY, RunningTotals.of(amounts), RunningTotals::plus);
    }

    static <T> T require(T value) {
        if (value == null) {
            throw new IllegalStateException("not initialised");
        }
        return value;
    }
}
