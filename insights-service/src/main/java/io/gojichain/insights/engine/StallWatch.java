package io.gojichain.insights.engine;

import io.gojichain.insights.InsightsProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Tells a stream that cannot make progress from one that is idle: RUNNING says nothing about a
 * thread that dies on the same record again and again (each replacement is RUNNING again within
 * seconds). Stalled means records wait on the input topics (consumer lag) and the stream thread has
 * handled none for {@code goji.insights.stall-after}. Gauge {@code goji.insights.stream.stalled}
 * (0 or 1) is what the alert rule watches; readiness reports the same.
 */
@Component
public class StallWatch {

    private static final String FETCH_GROUP = "consumer-fetch-manager-metrics";

    private final StreamsBuilderFactoryBean factoryBean;

    private final EngineMetrics metrics;

    private final Duration stallAfter;

    private final LongSupplier clock;

    @Autowired
    StallWatch(
            StreamsBuilderFactoryBean factoryBean,
            EngineMetrics metrics,
            InsightsProperties properties,
            MeterRegistry registry) {
        this(factoryBean, metrics, properties.stallAfter(), registry, System::currentTimeMillis);
    }

    StallWatch(
            StreamsBuilderFactoryBean factoryBean,
            EngineMetrics metrics,
            Duration stallAfter,
            MeterRegistry registry,
            LongSupplier clock) {
        this.factoryBean = factoryBean;
        this.metrics = metrics;
        this.stallAfter = stallAfter;
        this.clock = clock;
        Gauge.builder("goji.insights.stream.stalled", this, watch -> watch.stalled() ? 1 : 0)
                .description(
                        "1 while records wait on the input topics and the stream thread handled none for stall-after")
                .register(registry);
    }

    boolean stalled() {
        KafkaStreams streams = this.factoryBean.getKafkaStreams();
        return streams != null && streams.state() == KafkaStreams.State.RUNNING && stalled(lag(streams));
    }

    boolean stalled(long lag) {
        return lag > 0 && sinceProgress().compareTo(this.stallAfter) > 0;
    }

    Duration sinceProgress() {
        return Duration.ofMillis(Math.max(0, this.clock.getAsLong() - this.metrics.lastProgress()));
    }

    /** Records waiting on the input topics: the stream threads' consumers' lag, summed over partitions. */
    static long lag(@Nullable KafkaStreams streams) {
        return lagByPartition(streams).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** The stream threads' consumers' lag per input partition, for the partitions fetched so far. */
    static Map<TopicPartition, Long> lagByPartition(@Nullable KafkaStreams streams) {
        Map<TopicPartition, Long> lag = new HashMap<>();
        if (streams == null) {
            return lag;
        }
        for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
            MetricName name = entry.getKey();
            String client = name.tags().getOrDefault("client-id", "");
            String partition = name.tags().get("partition");
            // per-partition lag only (the partition tag), of the main consumers, not the restore consumer
            if (FETCH_GROUP.equals(name.group())
                    && "records-lag".equals(name.name())
                    && partition != null
                    && client.endsWith("-consumer")
                    && !client.endsWith("restore-consumer")
                    && entry.getValue().metricValue() instanceof Double value
                    && !value.isNaN()) {
                lag.merge(
                        new TopicPartition(name.tags().getOrDefault("topic", ""), Integer.parseInt(partition)),
                        (long) Math.max(0, value),
                        Long::sum);
            }
        }
        return lag;
    }
}
