package io.gojichain.insights.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * A store over several partitions as Kafka Streams hands it to interactive queries: each
 * partition sorted, iterated one after the other, so the same key can come up more than once.
 */
class PartitionedStore<V> implements ReadOnlyKeyValueStore<String, V> {

    private final List<TreeMap<String, V>> partitions;

    @SafeVarargs
    PartitionedStore(Map<String, V>... partitions) {
        this.partitions = Arrays.stream(partitions).map(TreeMap::new).toList();
    }

    @Override
    public @Nullable V get(String key) {
        return this.partitions.stream()
                .map(partition -> partition.get(key))
                .filter(value -> value != null)
                .findFirst()
                .orElse(null);
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return select(key -> key.compareTo(from) >= 0 && key.compareTo(to) <= 0);
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return select(key -> true);
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS serializer) {
        return select(key -> key.startsWith(prefix.toString()));
    }

    @Override
    public long approximateNumEntries() {
        return this.partitions.stream().mapToLong(Map::size).sum();
    }

    private KeyValueIterator<String, V> select(Predicate<String> keys) {
        List<KeyValue<String, V>> selected = new ArrayList<>();
        for (TreeMap<String, V> partition : this.partitions) {
            partition.forEach((key, value) -> {
                if (keys.test(key)) {
                    selected.add(KeyValue.pair(key, value));
                }
            });
        }
        Iterator<KeyValue<String, V>> it = selected.iterator();
        return new KeyValueIterator<>() {
            private @Nullable KeyValue<String, V> next = it.hasNext() ? it.next() : null;

            @Override
            public boolean hasNext() {
                return this.next != null;
            }

            @Override
            public KeyValue<String, V> next() {
                KeyValue<String, V> current = this.next;
                if (current == null) {
                    throw new NoSuchElementException();
                }
                this.next = it.hasNext() ? it.next() : null;
                return current;
            }

            @Override
            public String peekNextKey() {
                if (this.next == null) {
                    throw new NoSuchElementException();
                }
                return this.next.key;
            }

            @Override
            public void close() {}
        };
    }
}
