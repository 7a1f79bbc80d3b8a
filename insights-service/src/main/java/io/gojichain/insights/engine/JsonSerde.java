package io.gojichain.insights.engine;

import io.gojichain.contracts.GojiJson;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Store values as JSON with the contract's mapper: exact decimals, ISO dates, readable in the
 * changelog topics, and tolerant of fields added later (unknown fields are ignored).
 */
final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;

    JsonSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> (value == null) ? null : GojiJson.mapper().writeValueAsBytes(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::read;
    }

    private @Nullable T read(String topic, byte @Nullable [] bytes) {
        return (bytes == null) ? null : GojiJson.mapper().readValue(bytes, this.type);
    }
}
