package io.gojichain.insights.engine;

import io.gojichain.contracts.Dried;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.Sold;
import io.gojichain.contracts.Topics;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;

/**
 * The insights topology: one independent sub-topology per event topic, each
 *
 * <pre>
 *   source (bytes) -> reader --rejected--> dead-letter topic (original key and bytes, reason headers)
 *                            \--accepted--> dedup (seen ids) -> facts (day-keyed aggregates)
 * </pre>
 *
 * Sub-topologies share no store, so the topics need not be co-partitioned and nothing is
 * repartitioned: every event is counted by the task of the partition it was written to.
 */
public final class InsightsTopology {

    private InsightsTopology() {}

    public static void build(StreamsBuilder builder, TopologySettings settings) {
        subTopology(builder, EventType.HARVESTED, Harvested.class, HarvestFactsProcessor.supplier(settings), settings);
        subTopology(builder, EventType.DRIED, Dried.class, ProcessingFactsProcessor.dried(settings), settings);
        subTopology(builder, EventType.JUICED, Juiced.class, ProcessingFactsProcessor.juiced(settings), settings);
        subTopology(builder, EventType.SOLD, Sold.class, SalesFactsProcessor.supplier(settings), settings);
    }

    private static <E extends GojiEvent> void subTopology(
            StreamsBuilder builder,
            EventType type,
            Class<E> eventClass,
            ProcessorSupplier<byte[], E, Void, Void> facts,
            TopologySettings settings) {
        String name = type.wireName();
        String topic = Topics.of(type);
        KStream<byte[], Read<E>> read = builder.stream(
                        topic,
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(name + "-source"))
                .process(
                        () -> new EventReader<>(type, eventClass, topic, settings.metrics()),
                        Named.as(name + "-reader"));
        read.split(Named.as(name + "-"))
                .branch(
                        (key, value) -> value.isRejected(),
                        Branched.withConsumer(
                                rejected -> rejected.mapValues(Read::rejected, Named.as(name + "-dead-letter-value"))
                                        .to(
                                                Topics.INSIGHTS_DEAD_LETTER,
                                                Produced.with(Serdes.ByteArray(), Serdes.ByteArray())
                                                        .withName(name + "-dead-letter")),
                                "rejected"))
                .defaultBranch(Branched.withConsumer(
                        accepted -> accepted.mapValues(
                                        value -> Objects.requireNonNull(value.event()), Named.as(name + "-event"))
                                .process(Deduplicator.<E>supplier(type, settings), Named.as(name + "-dedup"))
                                .process(facts, Named.as(name + "-facts")),
                        "accepted"));
    }
}
