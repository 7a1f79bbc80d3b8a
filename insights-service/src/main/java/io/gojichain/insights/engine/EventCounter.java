package io.gojichain.insights.engine;

import io.gojichain.contracts.GojiEvent;
import io.gojichain.insights.engine.EngineMetrics.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one processor of a sub-topology: reads a record, drops a duplicate, counts the event, and
 * forwards downstream only what goes to the dead-letter topic (the original key, bytes and headers
 * plus the reason). One node rather than a chain: no intermediate objects per record, and one place
 * that decides that no record can stop the stream.
 *
 * <p>Anything a record makes fail while it is counted is dead-lettered with reason
 * {@code processing}; since every update is staged first ({@link StagedWrites}), such a record has
 * left no trace in the stores and its id is not remembered. Only failures of the stores themselves
 * (writes) escape, to the uncaught-exception handler: those are the infrastructure's, not the record's.
 */
final class EventCounter<E extends GojiEvent> implements Processor<byte[], byte[], byte[], byte[]> {

    static final String REASON_HEADER = "goji.dlq.reason";

    static final String TOPIC_HEADER = "goji.dlq.topic";

    static final String PARTITION_HEADER = "goji.dlq.partition";

    static final String OFFSET_HEADER = "goji.dlq.offset";

    private static final Logger log = LoggerFactory.getLogger(EventCounter.class);

    private static final int MAX_REASON_LENGTH = 200;

    private final EventReader<E> reader;

    private final Deduplicator deduplicator;

    private final FactCounter<E> counter;

    private final String topic;

    private final TopologySettings settings;

    private @Nullable ProcessorContext<byte[], byte[]> context;

    private EventCounter(Class<E> eventClass, FactCounter<E> counter, String topic, TopologySettings settings) {
        this.reader = new EventReader<>(counter.type(), eventClass);
        this.deduplicator = new Deduplicator(counter.type(), settings.dedupRetention());
        this.counter = counter;
        this.topic = topic;
        this.settings = settings;
    }

    static <E extends GojiEvent> ProcessorSupplier<byte[], byte[], byte[], byte[]> supplier(
            Class<E> eventClass, Supplier<FactCounter<E>> counters, String topic, TopologySettings settings) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<byte[], byte[], byte[], byte[]> get() {
                return new EventCounter<>(eventClass, counters.get(), topic, settings);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                EventCounter<E> prototype = new EventCounter<>(eventClass, counters.get(), topic, settings);
                Set<StoreBuilder<?>> stores = new HashSet<>(prototype.counter.stores());
                stores.addAll(prototype.deduplicator.stores());
                return stores;
            }
        };
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
        this.deduplicator.open(context);
        this.counter.open(context);
        context.schedule(this.settings.dedupPurgeInterval(), PunctuationType.WALL_CLOCK_TIME, this.deduplicator::purge);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        ProcessorContext<byte[], byte[]> ctx = FactCounter.require(this.context);
        EngineMetrics metrics = this.settings.metrics();
        metrics.progressed();
        Read<E> read = this.reader.read(record.value());
        E event = read.event();
        if (event == null) {
            deadLetter(record, FactCounter.require(read.reason()), read.why());
            return;
        }
        StagedWrites writes = new StagedWrites();
        try {
            if (this.deduplicator.seen(event.eventId())) {
                metrics.duplicate(this.counter.type());
                return;
            }
            this.counter.count(event, LocalDate.ofInstant(event.eventTime(), this.settings.zone()), writes);
            this.deduplicator.remember(event.eventId(), ctx.currentSystemTimeMs(), writes);
        } catch (RuntimeException ex) {
            // the record's own fault (its values), caught so that it cannot stop or loop the thread
            log.warn("Could not count a record of {}; dead-lettering it", this.topic, ex);
            deadLetter(record, DeadLetterReason.PROCESSING, ex.toString());
            return;
        }
        writes.apply();
        metrics.processed(
                this.counter.type(),
                ctx.currentSystemTimeMs() - event.recordTime().toEpochMilli());
    }

    private void deadLetter(Record<byte[], byte[]> record, DeadLetterReason reason, String text) {
        ProcessorContext<byte[], byte[]> ctx = FactCounter.require(this.context);
        String shortText = (text.length() > MAX_REASON_LENGTH) ? text.substring(0, MAX_REASON_LENGTH) : text;
        Optional<RecordMetadata> origin = ctx.recordMetadata();
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
        this.settings.metrics().deadLettered(this.topic, reason);
        ctx.forward(record.withHeaders(headers));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
