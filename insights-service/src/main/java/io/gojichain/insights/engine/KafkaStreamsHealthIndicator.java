package io.gojichain.insights.engine;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Readiness ({@code kafkaStreams} in the readiness group): UP only while Streams is RUNNING, the
 * one state in which every local store answers (see {@link StoreBackedInsightFacts}). Not part of
 * liveness: a rebalance or a lost broker is a reason to stop routing queries, not to restart.
 */
@Component
class KafkaStreamsHealthIndicator implements HealthIndicator {

    private final StreamsBuilderFactoryBean factoryBean;

    KafkaStreamsHealthIndicator(StreamsBuilderFactoryBean factoryBean) {
        this.factoryBean = factoryBean;
    }

    @Override
    public Health health() {
        KafkaStreams streams = this.factoryBean.getKafkaStreams();
        if (streams == null) {
            return Health.down().withDetail("state", "NOT_STARTED").build();
        }
        KafkaStreams.State state = streams.state();
        Health.Builder health = (state == KafkaStreams.State.RUNNING) ? Health.up() : Health.down();
        return health.withDetail("state", state.name()).build();
    }
}
