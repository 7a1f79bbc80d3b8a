package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

class KafkaStreamsHealthIndicatorTests {

    private final StreamsBuilderFactoryBean factoryBean = mock(StreamsBuilderFactoryBean.class);

    private final KafkaStreamsHealthIndicator indicator = new KafkaStreamsHealthIndicator(this.factoryBean);

    @Test
    void notStartedIsDown() {
        Health health = this.indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED");
    }

    @ParameterizedTest
    @EnumSource(KafkaStreams.State.class)
    void onlyRunningIsUp(KafkaStreams.State state) {
        KafkaStreams streams = mock(KafkaStreams.class);
        when(streams.state()).thenReturn(state);
        when(this.factoryBean.getKafkaStreams()).thenReturn(streams);

        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo((state == KafkaStreams.State.RUNNING) ? Status.UP : Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", state.name());
    }
}
