package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

class KafkaStreamsHealthIndicatorTests {

    private final StreamsBuilderFactoryBean factoryBean = mock(StreamsBuilderFactoryBean.class);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final EngineMetrics metrics = new EngineMetrics(this.registry);

    /** The watch's wall clock, moved by the tests. */
    private final AtomicLong now = new AtomicLong(this.metrics.lastProgress());

    private final StallWatch stallWatch =
            new StallWatch(this.factoryBean, this.metrics, Duration.ofSeconds(60), this.registry, this.now::get);

    private final KafkaStreamsHealthIndicator indicator =
            new KafkaStreamsHealthIndicator(this.factoryBean, this.stallWatch, new RebuildGate(false, this.registry));

    @Test
    void notStartedIsDown() {
        Health health = this.indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED");
    }

    @ParameterizedTest
    @EnumSource(KafkaStreams.State.class)
    void onlyRunningIsUp(KafkaStreams.State state) {
        streams(state, Map.of());

        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo((state == KafkaStreams.State.RUNNING) ? Status.UP : Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", state.name());
    }

    @Test
    void aRunningStreamWithRecordsWaitingAndNoneHandledForTheStallTimeIsDownAndGaugedStalled() {
        streams(KafkaStreams.State.RUNNING, Map.of(lag(0), value(3.0), lag(1), value(4.0)));
        assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);

        this.now.addAndGet(Duration.ofSeconds(61).toMillis());

        Health health = this.indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("stalled", true).containsEntry("lag", 7L);
        assertThat(this.registry.get("goji.insights.stream.stalled").gauge().value())
                .isEqualTo(1.0);
    }

    @Test
    void anIdleStreamIsNotStalledHoweverLongItWaits() {
        streams(KafkaStreams.State.RUNNING, Map.of(lag(0), value(0.0), restoreLag(), value(Double.NaN)));
        this.now.addAndGet(Duration.ofHours(1).toMillis());

        assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(this.registry.get("goji.insights.stream.stalled").gauge().value())
                .isEqualTo(0.0);
    }

    @Test
    void aFirstBuildOfTheStateKeepsReadinessDownUntilEveryPartitionIsFetchedAndCaughtUp() {
        SimpleMeterRegistry gateRegistry = new SimpleMeterRegistry();
        RebuildGate gate = new RebuildGate(true, gateRegistry);
        KafkaStreamsHealthIndicator rebuilding =
                new KafkaStreamsHealthIndicator(this.factoryBean, this.stallWatch, gate);
        KafkaStreams streams = streams(KafkaStreams.State.RUNNING, Map.of(lag(0), value(250_000.0)));
        TaskMetadata task = mock(TaskMetadata.class);
        when(task.topicPartitions())
                .thenReturn(Set.of(new TopicPartition("goji.sold.v1", 0), new TopicPartition("goji.sold.v1", 1)));
        ThreadMetadata thread = mock(ThreadMetadata.class);
        when(thread.activeTasks()).thenReturn(Set.of(task));
        when(streams.metadataForLocalThreads()).thenReturn(Set.of(thread));

        Health health = rebuilding.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("rebuilding", true).containsEntry("remaining", 250_000L);
        assertThat(gateRegistry.get("goji.insights.rebuild.remaining").gauge().value())
                .isEqualTo(250_000.0);

        // partition 1 not fetched yet: its lag is unknown, so not caught up however small partition 0's is
        when(streams.metrics()).thenAnswer(invocation -> Map.of(lag(0), value(10.0)));
        assertThat(rebuilding.health().getStatus()).isEqualTo(Status.DOWN);

        when(streams.metrics()).thenAnswer(invocation -> Map.of(lag(0), value(10.0), lag(1), value(990.0)));
        assertThat(rebuilding.health().getStatus()).isEqualTo(Status.UP);
        assertThat(gateRegistry.get("goji.insights.rebuild.remaining").gauge().value())
                .isEqualTo(0.0);
        // once built, a lag later is no rebuild
        when(streams.metrics()).thenAnswer(invocation -> Map.of(lag(0), value(50_000.0), lag(1), value(0.0)));
        assertThat(rebuilding.health().getStatus()).isEqualTo(Status.UP);
    }

    private KafkaStreams streams(KafkaStreams.State state, Map<MetricName, Metric> metrics) {
        KafkaStreams streams = mock(KafkaStreams.class);
        when(streams.state()).thenReturn(state);
        when(streams.metrics()).thenAnswer(invocation -> metrics);
        when(this.factoryBean.getKafkaStreams()).thenReturn(streams);
        return streams;
    }

    private static MetricName lag(int partition) {
        return new MetricName(
                "records-lag",
                "consumer-fetch-manager-metrics",
                "",
                Map.of(
                        "client-id",
                        "insights-service-1-StreamThread-1-consumer",
                        "topic",
                        "goji.sold.v1",
                        "partition",
                        Integer.toString(partition)));
    }

    private static MetricName restoreLag() {
        return new MetricName(
                "records-lag",
                "consumer-fetch-manager-metrics",
                "",
                Map.of(
                        "client-id",
                        "insights-service-1-StreamThread-1-restore-consumer",
                        "topic",
                        "x-changelog",
                        "partition",
                        "0"));
    }

    private static Metric value(double value) {
        return new Metric() {
            @Override
            public MetricName metricName() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object metricValue() {
                return value;
            }
        };
    }
}
