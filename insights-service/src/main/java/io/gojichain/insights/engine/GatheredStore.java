package io.gojichain.insights.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A store whose partitions are partly here and partly on other instances. Every read collects the
 * local partitions' entries and each other instance's, one after the other, like the composite
 * store over several local partitions does: one key can come from several partitions, and the
 * calculators merge equal keys whatever their source.
 */
final class GatheredStore<V> implements ReadOnlyKeyValueStore<String, V> {

    private final String name;

    private final List<ReadOnlyKeyValueStore<String, V>> local;

    private final Map<HostInfo, Set<Integer>> remote;

    private final Serde<V> values;

    private final RemotePartitions partitions;

    GatheredStore(
            String name,
            List<ReadOnlyKeyValueStore<String, V>> local,
            Map<HostInfo, Set<Integer>> remote,
            Serde<V> values,
            RemotePartitions partitions) {
        this.name = name;
        this.local = local;
        this.remote = remote;
        this.values = values;
        this.partitions = partitions;
    }

    /** The first partition's value for the key (keys partitioned by themselves live in one). */
    @Override
    public V get(String key) {
        List<KeyValue<String, V>> found = read(StoreRead.get(key));
        return found.isEmpty() ? null : found.get(0).value;
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return iterator(read(StoreRead.range(from, to)));
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return iterator(read(StoreRead.all()));
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS prefixKeySerializer) {
        return iterator(read(StoreRead.prefix(String.valueOf(prefix))));
    }

    /** Local partitions only: an estimate, which is all the interface promises. */
    @Override
    public long approximateNumEntries() {
        return this.local.stream()
                .mapToLong(ReadOnlyKeyValueStore::approximateNumEntries)
                .sum();
    }

    private List<KeyValue<String, V>> read(StoreRead read) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, V> partition : this.local) {
            entries.addAll(read.applyTo(partition));
        }
        this.remote.forEach(
                (host, owned) -> entries.addAll(this.partitions.read(host, this.name, read, owned, this.values)));
        return entries;
    }

    private static <V> KeyValueIterator<String, V> iterator(List<KeyValue<String, V>> entries) {
        return new KeyValueIterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return this.next < entries.size();
            }

            @Override
            public KeyValue<String, V> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return entries.get(this.next++);
            }

            @Override
            public String peekNextKey() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return entries.get(this.next).key;
            }

            @Override
            public void close() {
                // the entries are collected already; nothing stays open
            }
        };
    }
}
