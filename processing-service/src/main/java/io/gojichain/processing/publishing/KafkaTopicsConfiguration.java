package io.gojichain.processing.publishing;

import io.gojichain.contracts.Topics;
import io.gojichain.processing.ProcessingProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics this service is the single writer of, per the catalogue. KafkaAdmin creates missing
 * ones at startup; when the broker is down then, {@link KafkaReadinessIndicator} retries once the
 * cluster is reachable.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics processingTopics(ProcessingProperties properties) {
        ProcessingProperties.TopicSettings settings = properties.topics();
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .filter(topic -> topic.writer().equals(ProcessingProperties.SERVICE_NAME))
                .map(topic -> TopicBuilder.name(topic.name())
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .build())
                .toArray(NewTopic[]::new));
    }
}
