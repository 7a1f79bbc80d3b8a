package io.gojichain.processing.publishing;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Topics;
import io.gojichain.processing.ProcessingProperties;
import io.gojichain.processing.ProcessingServiceApplication;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics this service is the single writer of, as the catalogue in contracts names them. KafkaAdmin creates them
 * at startup when the broker is there; otherwise {@link TopicProvisioner} has them created before the first send.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics ownTopics(ProcessingProperties properties) {
        ProcessingProperties.TopicSettings settings = properties.topics();
        return new KafkaAdmin.NewTopics(ownEventTypes().stream()
                .map(type -> TopicBuilder.name(Topics.of(type))
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .build())
                .toArray(NewTopic[]::new));
    }

    /** The event types this service accepts: those whose topic the catalogue says it writes. */
    static List<EventType> ownEventTypes() {
        return Stream.of(EventType.values())
                .filter(type -> Topics.ALL.stream()
                        .anyMatch(topic -> topic.name().equals(Topics.of(type))
                                && topic.writer().equals(ProcessingServiceApplication.SERVICE_NAME)))
                .toList();
    }
}
