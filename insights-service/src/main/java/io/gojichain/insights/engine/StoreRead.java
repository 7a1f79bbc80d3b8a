package io.gojichain.insights.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * One read of a key-value store, as the calculators make them (a key, a key range, a key prefix,
 * everything), in a form that travels as query parameters to the instance that holds a partition.
 */
record StoreRead(Kind kind, @Nullable String from, @Nullable String to) {

    enum Kind {
        GET,
        RANGE,
        PREFIX,
        ALL
    }

    static StoreRead get(String key) {
        return new StoreRead(Kind.GET, key, null);
    }

    static StoreRead range(String from, String to) {
        return new StoreRead(Kind.RANGE, from, to);
    }

    static StoreRead prefix(String prefix) {
        return new StoreRead(Kind.PREFIX, prefix, null);
    }

    static StoreRead all() {
        return new StoreRead(Kind.ALL, null, null);
    }

    /** The read from query parameters ({@code op}, {@code from}, {@code to}); null when they make none. */
    static @Nullable StoreRead of(Map<String, String> parameters) {
        String op = parameters.getOrDefault("op", "");
        String from = parameters.get("from");
        String to = parameters.get("to");
        return switch (op) {
            case "get" -> from == null ? null : get(from);
            case "range" -> from == null || to == null ? null : range(from, to);
            case "prefix" -> from == null ? null : prefix(from);
            case "all" -> all();
            default -> null;
        };
    }

    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("op", this.kind.name().toLowerCase(Locale.ROOT));
        if (this.from != null) {
            parameters.put("from", this.from);
        }
        if (this.to != null) {
            parameters.put("to", this.to);
        }
        return parameters;
    }

    /** The read applied to one store, collected (reads are bounded by the query that makes them). */
    <V> List<KeyValue<String, V>> applyTo(ReadOnlyKeyValueStore<String, V> store) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        if (this.kind == Kind.GET) {
            V value = store.get(this.from);
            if (value != null) {
                entries.add(KeyValue.pair(this.from, value));
            }
            return entries;
        }
        try (KeyValueIterator<String, V> it = switch (this.kind) {
            case RANGE -> store.range(this.from, this.to);
            case PREFIX -> store.prefixScan(this.from, new StringSerializer());
            default -> store.all();
        }) {
            it.forEachRemaining(entries::add);
        }
        return entries;
    }
}
