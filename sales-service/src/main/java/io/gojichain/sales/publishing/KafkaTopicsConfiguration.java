package io.gojichain.sales.publishing;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Topics;
import io.gojichain.sales.SalesProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topic this service is the single writer of. Boot's KafkaAdmin creates it at startup when
 * missing (and leaves an existing one alone); {@link KafkaReadinessIndicator} retries when Kafka was
 * down at startup.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    NewTopic soldTopic(SalesProperties properties) {
        return TopicBuilder.name(Topics.of(EventType.SOLD))
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replicationFactor())
                .build();
    }
}
