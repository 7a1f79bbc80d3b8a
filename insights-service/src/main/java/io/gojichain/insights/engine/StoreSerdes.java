package io.gojichain.insights.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.serialization.Serde;
import org.jspecify.annotations.Nullable;

/**
 * The value serde of every queryable store, by store name. An instance answering another one's
 * query for its partitions ({@link InternalStoreController}) sends the values in the stores' own
 * binary form, and the asking instance reads them back with the same serde; Kafka Streams does not
 * hand out a store's serdes, so {@link FactCounter} records each one here as it declares the store.
 * The serdes are stateless constants, so one process-wide map is safe.
 */
final class StoreSerdes {

    private static final Map<String, Serde<?>> BY_STORE = new ConcurrentHashMap<>();

    private StoreSerdes() {}

    static void register(String store, Serde<?> values) {
        BY_STORE.put(store, values);
    }

    /** The store's value serde, or null for a store nobody may query across instances. */
    @SuppressWarnings("unchecked")
    static <V> @Nullable Serde<V> of(String store) {
        return (Serde<V>) BY_STORE.get(store);
    }
}
