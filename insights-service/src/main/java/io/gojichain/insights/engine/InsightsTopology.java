package io.gojichain.insights.engine;

import io.gojichain.contracts.Dried;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.Sold;
import io.gojichain.contracts.Topics;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The insights topology: one independent sub-topology per event topic, each
 *
 * <pre>
 *   source (bytes) -> counter (read, dedup, count into day-keyed aggregates)
 *                       \--rejected or failed--> dead-letter topic (original key and bytes, reason headers)
 * </pre>
 *
 * Sub-topologies share no store, so the topics need not be co-partitioned and nothing is
 * repartitioned: every event is counted by the task of the partition it was written to.
 */
public final class InsightsTopology {

    private InsightsTopology() {}

    public static void build(StreamsBuilder builder, TopologySettings settings) {
        subTopology(builder, Harvested.class, HarvestFactCounter::new, settings);
        subTopology(builder, Dried.class, ProcessingFactCounter::dried, settings);
        subTopology(builder, Juiced.class, ProcessingFactCounter::juiced, settings);
        subTopology(builder, Sold.class, SalesFactCounter::new, settings);
    }

    private static <E extends GojiEvent> void subTopology(
            StreamsBuilder builder, Class<E> eventClass, Supplier<FactCounter<E>> counter, TopologySettings settings) {
        String name = counter.get().type().wireName();
        String topic = Topics.of(counter.get().type());
        builder.stream(
                        topic,
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(name + "-source"))
                .process(EventCounter.supplier(eventClass, counter, topic, settings), Named.as(name + "-counter"))
                .to(
                        Topics.INSIGHTS_DEAD_LETTER,
                        Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(name + "-dead-letter"));
    }
}
