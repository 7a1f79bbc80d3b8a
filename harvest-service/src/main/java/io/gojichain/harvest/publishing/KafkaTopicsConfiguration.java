package io.gojichain.harvest.publishing;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Topics;
import io.gojichain.harvest.HarvestProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topic this service writes. KafkaAdmin creates it at startup when the broker is there; otherwise {@link
 * KafkaReadinessIndicator} has it created once the broker appears.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    NewTopic harvestedTopic(HarvestProperties properties) {
        return TopicBuilder.name(Topics.of(EventType.HARVESTED))
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replicationFactor())
                .build();
    }
}
