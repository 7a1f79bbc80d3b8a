package io.gojichain.insights.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The store updates of one event, computed before any is written: whatever fails while an event is
 * counted (a value that cannot be read or merged) fails before the first write, so the event is
 * either counted in every store or in none, and can go to the dead-letter topic without a trace.
 */
final class StagedWrites {

    private final Map<KeyValueStore<?, ?>, Map<Object, Object>> staged = new IdentityHashMap<>();

    private final List<KeyValueStore<?, ?>> order = new ArrayList<>();

    /** Stages {@code value} merged into what the store (or an earlier stage of this event) holds. */
    <K, V> void add(KeyValueStore<K, V> store, K key, V value, BinaryOperator<V> merge) {
        Map<Object, Object> puts = this.staged.computeIfAbsent(store, s -> {
            this.order.add(s);
            return new LinkedHashMap<>();
        });
        @SuppressWarnings("unchecked")
        V current = puts.containsKey(key) ? (V) puts.get(key) : store.get(key);
        puts.put(key, (current == null) ? value : merge.apply(current, value));
    }

    /** Stages a plain put. */
    <K, V> void put(KeyValueStore<K, V> store, K key, V value) {
        this.staged
                .computeIfAbsent(store, s -> {
                    this.order.add(s);
                    return new LinkedHashMap<>();
                })
                .put(key, value);
    }

    @SuppressWarnings("unchecked")
    void apply() {
        for (KeyValueStore<?, ?> store : this.order) {
            KeyValueStore<Object, Object> target = (KeyValueStore<Object, Object>) store;
            this.staged.get(store).forEach(target::put);
        }
    }
}
