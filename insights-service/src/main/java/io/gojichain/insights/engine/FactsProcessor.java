package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.BinaryOperator;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * The last step of a sub-topology: adds one counted event to its stores. An event counts in the
 * day of its eventTime in the insights zone whenever it arrives: the stores are plain key-value
 * aggregates with no windows, so no grace period can drop a late event.
 */
abstract class FactsProcessor<E extends GojiEvent> implements Processor<byte[], E, Void, Void> {

    private final EventType type;

    private final TopologySettings settings;

    private @Nullable ProcessorContext<Void, Void> context;

    FactsProcessor(EventType type, TopologySettings settings) {
        this.type = type;
        this.settings = settings;
    }

    /**
     * A persistent (RocksDB), changelog-backed store. Caching on: updates of a hot key within one
     * commit interval reach the changelog once; interactive queries read through the cache, so
     * it does not delay what they see. {@code statestore.cache.max.bytes} sizes it (0 turns it off).
     */
    static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Class<V> valueType) {
        return Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(name), Serdes.String(), new JsonSerde<>(valueType))
                .withCachingEnabled();
    }

    /**
     * Running totals (see {@link TotalKeys}): a handful of keys per partition, so in memory and
     * rebuilt from their compacted changelog at start, which takes milliseconds.
     */
    static StoreBuilder<KeyValueStore<String, BigDecimal>> totals(String name) {
        return Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(name), Serdes.String(), new JsonSerde<>(BigDecimal.class))
                .withCachingEnabled();
    }

    @Override
    public final void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        open(context);
    }

    /** Looks up the stores. */
    abstract void open(ProcessorContext<Void, Void> context);

    /** Adds the event to the stores. */
    abstract void count(E event, LocalDate day);

    @Override
    public final void process(Record<byte[], E> record) {
        E event = record.value();
        count(event, LocalDate.ofInstant(event.eventTime(), this.settings.zone()));
        long now = (this.context == null) ? System.currentTimeMillis() : this.context.currentSystemTimeMs();
        this.settings.metrics().processed(this.type, now - event.recordTime().toEpochMilli());
    }

    static void addTotal(KeyValueStore<String, BigDecimal> totals, String key, BigDecimal amount) {
        add(totals, key, amount, BigDecimal::add);
    }

    static <V> void add(KeyValueStore<String, V> store, String key, V value, BinaryOperator<V> merge) {
        V current = store.get(key);
        store.put(key, (current == null) ? value : merge.apply(current, value));
    }
}
