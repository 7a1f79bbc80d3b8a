package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.internals.StreamsMetadataImpl;
import org.junit.jupiter.api.Test;

class PartitionCoverageTests {

    private static final String SOLD = "goji.sold.v1";

    private static final HostInfo SELF = new HostInfo("127.0.0.1", 8084);

    private static final HostInfo SECOND = new HostInfo("127.0.0.1", 8085);

    private static final HostInfo THIRD = new HostInfo("127.0.0.1", 8086);

    @Test
    void aLoneInstanceHoldingEveryPartitionReadsThemAllItself() throws Exception {
        PartitionCoverage.Owners owners = PartitionCoverage.owners(SOLD, 3, Set.of(0, 1, 2), null, List.of());
        assertThat(owners.allLocal()).isTrue();
        assertThat(owners.local()).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void partitionsHeldElsewhereAreAskedOfTheirHolder() throws Exception {
        PartitionCoverage.Owners owners = PartitionCoverage.owners(
                SOLD, 6, Set.of(0, 3), SELF, List.of(client(SELF, 0, 3), client(SECOND, 1, 4), client(THIRD, 2, 5)));
        assertThat(owners.local()).containsExactlyInAnyOrder(0, 3);
        assertThat(owners.remote()).isEqualTo(Map.of(SECOND, Set.of(1, 4), THIRD, Set.of(2, 5)));
    }

    @Test
    void aPartitionTwoInstancesHoldIsNotReadyRatherThanCountedTwice() {
        // the moment of a rebalance: this instance took partition 1 while the group still lists it elsewhere
        assertThatThrownBy(() -> PartitionCoverage.owners(
                        SOLD, 2, Set.of(0, 1), SELF, List.of(client(SELF, 0), client(SECOND, 1))))
                .isInstanceOf(PartitionCoverage.Uncovered.class)
                .hasMessageContaining("two instances hold [1]");
        assertThatThrownBy(() -> PartitionCoverage.owners(
                        SOLD, 3, Set.of(0), SELF, List.of(client(SECOND, 1, 2), client(THIRD, 2))))
                .hasMessageContaining("two instances hold [2]");
    }

    @Test
    void aPartitionNobodyHoldsIsNotReadyRatherThanLeftOut() {
        assertThatThrownBy(() -> PartitionCoverage.owners(SOLD, 4, Set.of(0), SELF, List.of(client(SECOND, 1))))
                .isInstanceOf(PartitionCoverage.Uncovered.class)
                .hasMessageContaining("no instance holds [2, 3]");
        // before the broker told the count, the partitions any instance holds set the range
        assertThatThrownBy(() -> PartitionCoverage.owners(SOLD, 0, Set.of(0), SELF, List.of(client(SECOND, 2))))
                .hasMessageContaining("no instance holds [1]");
    }

    @Test
    void whatTheGroupSaysOfThisInstanceGivesWayToItsOwnThreads() throws Exception {
        // the group's metadata still lists partition 1 here, but the local threads no longer hold it
        PartitionCoverage.Owners owners =
                PartitionCoverage.owners(SOLD, 2, Set.of(0), SELF, List.of(client(SELF, 0, 1), client(SECOND, 1)));
        assertThat(owners.remote()).isEqualTo(Map.of(SECOND, Set.of(1)));
    }

    @Test
    void otherTopicsPartitionsDoNotCount() throws Exception {
        StreamsMetadata other = new StreamsMetadataImpl(
                SECOND, Set.of(), Set.of(new TopicPartition("goji.harvested.v1", 1)), Set.of(), Set.of());
        assertThat(PartitionCoverage.owners(SOLD, 2, Set.of(0, 1), SELF, List.of(other))
                        .allLocal())
                .isTrue();
    }

    private static StreamsMetadata client(HostInfo host, Integer... partitions) {
        Set<TopicPartition> active =
                Arrays.stream(partitions).map(p -> new TopicPartition(SOLD, p)).collect(Collectors.toSet());
        return new StreamsMetadataImpl(host, Set.of("sold-facts"), active, Set.of(), Set.of());
    }
}
