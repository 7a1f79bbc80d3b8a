package io.gojichain.insights.engine;

import io.gojichain.insights.facts.InsightsNotReadyException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * The stores as one instance of several sees them: each store handle reads this instance's active
 * partitions and asks the instance holding each other partition for it, so every calculator gives
 * the same numbers on whichever instance is asked. With every partition here (one instance) it is
 * the plain local store, with no extra work.
 */
final class GatheringStoreLookup implements StoreBackedInsightFacts.StoreLookup {

    private final Supplier<@Nullable KafkaStreams> streams;

    private final Supplier<@Nullable Topology> topology;

    private final @Nullable RebuildGate rebuildGate;

    private final @Nullable HostInfo self;

    private final Function<String, Integer> partitionCount;

    private final RemotePartitions remote;

    private final Map<String, String> topicOfStore = new ConcurrentHashMap<>();

    GatheringStoreLookup(
            Supplier<@Nullable KafkaStreams> streams,
            Supplier<@Nullable Topology> topology,
            @Nullable RebuildGate rebuildGate,
            @Nullable HostInfo self,
            Function<String, Integer> partitionCount,
            RemotePartitions remote) {
        this.streams = streams;
        this.topology = topology;
        this.rebuildGate = rebuildGate;
        this.self = self;
        this.partitionCount = partitionCount;
        this.remote = remote;
    }

    @Override
    public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        KafkaStreams kafkaStreams = this.streams.get();
        if (kafkaStreams == null) {
            throw new InsightsNotReadyException("the insights engine is not started");
        }
        KafkaStreams.State state = kafkaStreams.state();
        // RUNNING only: while REBALANCING some partitions' stores may be missing or restoring,
        // and a sum over the others would be a wrong number rather than a late one.
        if (state != KafkaStreams.State.RUNNING) {
            throw new InsightsNotReadyException("the insights engine is " + state);
        }
        if (this.rebuildGate != null) {
            this.rebuildGate.check(kafkaStreams);
        }
        String topic = topicOf(name);
        PartitionCoverage.Owners owners;
        try {
            owners = PartitionCoverage.owners(
                    topic,
                    this.partitionCount.apply(topic),
                    localActive(kafkaStreams, topic),
                    this.self,
                    kafkaStreams.metadataForAllStreamsClients());
        } catch (PartitionCoverage.Uncovered ex) {
            throw new InsightsNotReadyException(ex.getMessage());
        }
        if (owners.allLocal()) {
            return kafkaStreams.store(
                    StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
        }
        Serde<V> values = StoreSerdes.of(name);
        if (values == null) {
            throw new IllegalStateException("store " + name + " has no registered serde to read it across instances");
        }
        // Each local partition on its own, so that a partition that arrives here while the query
        // runs is not read twice (here and from the instance it left).
        Map<Integer, ReadOnlyKeyValueStore<String, V>> local = new HashMap<>();
        for (int partition : owners.local()) {
            local.put(
                    partition,
                    kafkaStreams.store(
                            StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore())
                                    .withPartition(partition)));
        }
        return new GatheredStore<>(name, List.copyOf(local.values()), owners.remote(), values, this.remote);
    }

    private static Set<Integer> localActive(KafkaStreams streams, String topic) {
        Set<Integer> partitions = new HashSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            thread.activeTasks().forEach(task -> {
                for (TopicPartition partition : task.topicPartitions()) {
                    if (partition.topic().equals(topic)) {
                        partitions.add(partition.partition());
                    }
                }
            });
        }
        return partitions;
    }

    /** The topic whose partitions a store follows: the source of the sub-topology that holds it. */
    private String topicOf(String store) {
        return this.topicOfStore.computeIfAbsent(store, name -> {
            Topology current = this.topology.get();
            if (current != null) {
                for (TopologyDescription.Subtopology sub : current.describe().subtopologies()) {
                    String source = null;
                    boolean holds = false;
                    for (TopologyDescription.Node node : sub.nodes()) {
                        if (node instanceof TopologyDescription.Source s
                                && s.topicSet() != null
                                && !s.topicSet().isEmpty()) {
                            source = s.topicSet().iterator().next();
                        } else if (node instanceof TopologyDescription.Processor p
                                && p.stores().contains(name)) {
                            holds = true;
                        }
                    }
                    if (holds && source != null) {
                        return source;
                    }
                }
            }
            throw new InsightsNotReadyException("store " + name + " is not in the running topology");
        });
    }
}
