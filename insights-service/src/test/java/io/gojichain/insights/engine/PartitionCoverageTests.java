package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PartitionCoverageTests {

    private static final TopicPartition SOLD_0 = new TopicPartition("goji.sold.v1", 0);

    private static final TopicPartition SOLD_1 = new TopicPartition("goji.sold.v1", 1);

    private static final TopicPartition HARVESTED_0 = new TopicPartition("goji.harvested.v1", 0);

    @Test
    void aLoneInstanceHoldingEveryPartitionAnswers() {
        Set<TopicPartition> all = Set.of(SOLD_0, SOLD_1, HARVESTED_0);

        assertThat(PartitionCoverage.missing(all, List.of(all))).isNull();
    }

    @Test
    void anInstanceHoldingHalfThePartitionsDoesNotAnswerWithHalfTheNumbers() {
        Set<TopicPartition> mine = Set.of(SOLD_0, HARVESTED_0);
        Set<TopicPartition> theirs = Set.of(SOLD_1);

        assertThat(PartitionCoverage.missing(mine, List.of(mine, theirs)))
                .isEqualTo("2 instances share the partitions and this one lacks 1 of 3 (e.g. goji.sold.v1-1);"
                        + " answers across instances are not built yet, so run one instance per application id");
    }

    @Test
    void anInstanceThatTookOverEveryPartitionAfterTheOtherLeftAnswersAgain() {
        Set<TopicPartition> all = Set.of(SOLD_0, SOLD_1, HARVESTED_0);
        // the other instance is still listed, now with no partitions
        assertThat(PartitionCoverage.missing(all, List.of(all, Set.of()))).isNull();
    }

    @Test
    void noMetadataAtAllIsNoReasonToRefuse() {
        // without application.server no instance is listed: the local stores are all there is
        assertThat(PartitionCoverage.missing(Set.of(SOLD_0), List.of())).isNull();
    }
}
