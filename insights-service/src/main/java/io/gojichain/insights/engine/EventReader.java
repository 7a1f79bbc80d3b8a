package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.insights.engine.EngineMetrics.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads the raw bytes of one event topic into the contract record and checks the contract. Parsing
 * here rather than in a Serde keeps unreadable records away from the deserialization exception
 * handler: they are forwarded, untouched, to the dead-letter branch and the stream goes on.
 */
final class EventReader<E extends GojiEvent> implements Processor<byte[], byte[], byte[], Read<E>> {

    static final String REASON_HEADER = "goji.dlq.reason";

    static final String TOPIC_HEADER = "goji.dlq.topic";

    static final String PARTITION_HEADER = "goji.dlq.partition";

    static final String OFFSET_HEADER = "goji.dlq.offset";

    private static final Logger log = LoggerFactory.getLogger(EventReader.class);

    private static final int MAX_REASON_LENGTH = 200;

    private final EventType type;

    private final Class<E> eventClass;

    private final String topic;

    private final EngineMetrics metrics;

    private @Nullable ProcessorContext<byte[], Read<E>> context;

    EventReader(EventType type, Class<E> eventClass, String topic, EngineMetrics metrics) {
        this.type = type;
        this.eventClass = eventClass;
        this.topic = topic;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<byte[], Read<E>> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        byte[] value = record.value();
        if (value == null || value.length == 0) {
            reject(record, DeadLetterReason.UNREADABLE, "empty value");
            return;
        }
        E event;
        try {
            event = GojiJson.mapper().readValue(value, this.eventClass);
        } catch (StreamReadException ex) {
            reject(record, DeadLetterReason.UNREADABLE, "not JSON: " + ex.getOriginalMessage());
            return;
        } catch (JacksonException ex) {
            reject(
                    record,
                    DeadLetterReason.CONTRACT,
                    "not a " + this.type.wireName() + " event: " + ex.getOriginalMessage());
            return;
        }
        String violation = (event == null) ? "JSON null" : ContractRules.check(event, this.type);
        if (violation != null) {
            reject(record, DeadLetterReason.CONTRACT, violation);
            return;
        }
        context().forward(record.withValue(Read.accepted(event)));
    }

    private void reject(Record<byte[], byte[]> record, DeadLetterReason reason, String text) {
        String shortText = (text.length() > MAX_REASON_LENGTH) ? text.substring(0, MAX_REASON_LENGTH) : text;
        Optional<RecordMetadata> origin = context().recordMetadata();
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON_HEADER, utf8(reason.tag() + ": " + shortText));
        headers.add(TOPIC_HEADER, utf8(origin.map(RecordMetadata::topic).orElse(this.topic)));
        origin.ifPresent(metadata -> {
            headers.add(PARTITION_HEADER, utf8(Integer.toString(metadata.partition())));
            headers.add(OFFSET_HEADER, utf8(Long.toString(metadata.offset())));
        });
        log.warn(
                "Dead-lettered a record of {} at {}-{}: {}",
                this.topic,
                origin.map(RecordMetadata::partition).orElse(-1),
                origin.map(RecordMetadata::offset).orElse(-1L),
                shortText);
        this.metrics.deadLettered(this.topic, reason);
        context().forward(record.withValue(Read.<E>rejected(record.value())).withHeaders(headers));
    }

    private ProcessorContext<byte[], Read<E>> context() {
        if (this.context == null) {
            throw new IllegalStateException("not initialised");
        }
        return this.context;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
