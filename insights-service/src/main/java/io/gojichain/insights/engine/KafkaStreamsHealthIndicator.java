package io.gojichain.insights.engine;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Readiness ({@code kafkaStreams} in the readiness group): UP only while Streams is RUNNING, the
 * one state in which every local store answers (see {@link StoreBackedInsightFacts}), and making
 * progress (see {@link StallWatch}): a stalled stream answers ever older numbers. Not part of
 * liveness: a rebalance or a lost broker is a reason to stop routing queries, not to restart.
 */
@Component
class KafkaStreamsHealthIndicator implements HealthIndicator {

    private final StreamsBuilderFactoryBean factoryBean;

    private final StallWatch stallWatch;

    private final RebuildGate rebuildGate;

    KafkaStreamsHealthIndicator(StreamsBuilderFactoryBean factoryBean, StallWatch stallWatch, RebuildGate rebuildGate) {
        this.factoryBean = factoryBean;
        this.stallWatch = stallWatch;
        this.rebuildGate = rebuildGate;
    }

    @Override
    public Health health() {
        KafkaStreams streams = this.factoryBean.getKafkaStreams();
        if (streams == null) {
            return Health.down().withDetail("state", "NOT_STARTED").build();
        }
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            return Health.down().withDetail("state", state.name()).build();
        }
        if (this.rebuildGate.rebuilding(streams)) {
            return Health.down()
                    .withDetail("state", state.name())
                    .withDetail("rebuilding", true)
                    .withDetail("remaining", this.rebuildGate.remaining())
                    .build();
        }
        long lag = StallWatch.lag(streams);
        boolean stalled = this.stallWatch.stalled(lag);
        Health.Builder health = stalled ? Health.down() : Health.up();
        return health.withDetail("state", state.name())
                .withDetail("stalled", stalled)
                .withDetail("lag", lag)
                .withDetail("sinceLastRecordMs", this.stallWatch.sinceProgress().toMillis())
                .build();
    }
}
