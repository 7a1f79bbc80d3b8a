package io.gojichain.insights.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Whether this instance holds every partition the application reads. Several instances with one
 * application id share the partitions, and each instance's stores then hold only its share: a
 * query answered from them alone would be a partial number returned as if whole. Until queries
 * are gathered across instances, an instance answers only while it holds all of them (after the
 * others stopped, say) and says "not ready" otherwise.
 */
final class PartitionCoverage {

    private PartitionCoverage() {}

    /**
     * Null when the local active partitions cover every partition any instance holds; otherwise
     * why not, in words. Instances are known through {@code application.server}; one that does not
     * set it is not listed, which is why every instance goji starts sets it.
     */
    static @Nullable String missing(Set<TopicPartition> local, Collection<Set<TopicPartition>> everyInstance) {
        Set<TopicPartition> all = new HashSet<>();
        everyInstance.forEach(all::addAll);
        Set<String> missing = new TreeSet<>();
        for (TopicPartition partition : all) {
            if (!local.contains(partition)) {
                missing.add(partition.toString());
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return everyInstance.size() + " instances share the partitions and this one lacks " + missing.size()
                + " of " + all.size() + " (e.g. " + missing.iterator().next()
                + "); answers across instances are not built yet, so run one instance per application id";
    }

    /** {@link #missing} for a running {@code KafkaStreams}. */
    static @Nullable String missing(KafkaStreams streams) {
        Set<TopicPartition> local = new HashSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            thread.activeTasks().forEach(task -> local.addAll(task.topicPartitions()));
        }
        Collection<StreamsMetadata> instances = streams.metadataForAllStreamsClients();
        return missing(
                local, instances.stream().map(StreamsMetadata::topicPartitions).toList());
    }
}
