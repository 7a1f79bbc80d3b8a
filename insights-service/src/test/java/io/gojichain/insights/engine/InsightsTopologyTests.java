package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/** The shape the design relies on: independent sub-topologies, no repartitioning, named stores. */
class InsightsTopologyTests {

    @Test
    void everyEventTopicHasItsOwnSubTopologyWithItsOwnStoresAndNothingIsRepartitioned() {
        StreamsBuilder builder = new StreamsBuilder();
        InsightsTopology.build(
                builder,
                new TopologySettings(
                        ZoneId.of("Asia/Shanghai"),
                        Duration.ofDays(7),
                        Duration.ofMinutes(10),
                        new EngineMetrics(new SimpleMeterRegistry())));
        TopologyDescription description = builder.build().describe();

        assertThat(description.subtopologies()).hasSize(4);
        Set<String> sources = new TreeSet<>();
        Set<String> sinks = new TreeSet<>();
        Set<String> stores = new TreeSet<>();
        for (TopologyDescription.Subtopology subtopology : description.subtopologies()) {
            for (TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    sources.addAll(source.topicSet());
                }
                if (node instanceof TopologyDescription.Sink sink) {
                    sinks.add(sink.topic());
                }
                if (node instanceof TopologyDescription.Processor processor) {
                    stores.addAll(processor.stores());
                }
            }
        }
        assertThat(sources).containsExactlyInAnyOrderElementsOf(Topics.EVENT_TOPICS);
        assertThat(sinks).containsExactly(Topics.INSIGHTS_DEAD_LETTER);
        assertThat(stores)
                .containsExactlyInAnyOrderElementsOf(List.of(
                        "harvested-seen-ids",
                        "harvested-facts",
                        "harvested-totals",
                        "harvested-lots",
                        "dried-seen-ids",
                        "dried-facts",
                        "dried-totals",
                        "dried-batches",
                        "dried-lot-uses",
                        "juiced-seen-ids",
                        "juiced-facts",
                        "juiced-totals",
                        "juiced-batches",
                        "juiced-lot-uses",
                        "sold-seen-ids",
                        "sold-facts",
                        "sold-livestreams",
                        "sold-livestream-minutes",
                        "sold-customer-orders",
                        "sold-by-batch",
                        "sold-totals"));
    }
}
