package io.gojichain.insights.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.jspecify.annotations.Nullable;

/**
 * Who answers for each partition of a topic: several instances with one application id share the
 * partitions, and a query is whole only when it reads every partition exactly once. This instance
 * reads the partitions it holds as active tasks; every other partition must be active on exactly
 * one other instance, which is asked for it. A partition nobody holds, or two instances claim
 * (the moment of a rebalance), makes the answer "not ready" rather than a partial or doubled sum.
 *
 * <p>Other instances are known through {@code application.server}; goji sets it on every instance.
 */
final class PartitionCoverage {

    private PartitionCoverage() {}

    /** The partitions to read here and those to ask each other instance for. */
    record Owners(Set<Integer> local, Map<HostInfo, Set<Integer>> remote) {

        boolean allLocal() {
            return this.remote.isEmpty();
        }
    }

    /** Thrown when the partitions are not each held by exactly one instance; says which and why. */
    static final class Uncovered extends Exception {

        Uncovered(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param topic the topic whose partitions a store holds
     * @param partitions how many partitions the topic has
     * @param local the partitions of the topic active on this instance
     * @param self this instance's {@code application.server}, or null when it sets none
     * @param clients every instance's metadata, this one's included
     */
    static Owners owners(
            String topic,
            int partitions,
            Set<Integer> local,
            @Nullable HostInfo self,
            Collection<StreamsMetadata> clients)
            throws Uncovered {
        Map<Integer, List<HostInfo>> claims = new HashMap<>();
        for (StreamsMetadata client : clients) {
            if (client.hostInfo().equals(self)) {
                continue; // this instance's own threads say what it holds, not the group's last word
            }
            for (TopicPartition partition : client.topicPartitions()) {
                if (partition.topic().equals(topic)) {
                    claims.computeIfAbsent(partition.partition(), p -> new ArrayList<>())
                            .add(client.hostInfo());
                }
            }
        }
        Set<Integer> nobody = new TreeSet<>();
        Set<Integer> twice = new TreeSet<>();
        Map<HostInfo, Set<Integer>> remote =
                new TreeMap<>(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port));
        int count = Math.max(partitions, highest(local, claims.keySet()) + 1);
        for (int p = 0; p < count; p++) {
            List<HostInfo> others = claims.getOrDefault(p, List.of());
            int holders = others.size() + (local.contains(p) ? 1 : 0);
            if (holders == 0) {
                nobody.add(p);
            } else if (holders > 1) {
                twice.add(p);
            } else if (!others.isEmpty()) {
                remote.computeIfAbsent(others.get(0), h -> new TreeSet<>()).add(p);
            }
        }
        if (!nobody.isEmpty() || !twice.isEmpty()) {
            StringBuilder why = new StringBuilder("the partitions of ")
                    .append(topic)
                    .append(" are moving between ")
                    .append(clients.size())
                    .append(" instance(s):");
            if (!nobody.isEmpty()) {
                why.append(" no instance holds ").append(nobody);
            }
            if (!twice.isEmpty()) {
                why.append(nobody.isEmpty() ? "" : ";")
                        .append(" two instances hold ")
                        .append(twice);
            }
            throw new Uncovered(why.toString());
        }
        return new Owners(Set.copyOf(local), remote);
    }

    private static int highest(Set<Integer> local, Set<Integer> claimed) {
        int highest = -1;
        for (int p : local) {
            highest = Math.max(highest, p);
        }
        for (int p : claimed) {
            highest = Math.max(highest, p);
        }
        return highest;
    }
}
