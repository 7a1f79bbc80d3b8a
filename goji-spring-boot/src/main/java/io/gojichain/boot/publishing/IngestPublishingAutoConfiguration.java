package io.gojichain.boot.publishing;

import io.gojichain.boot.ingest.IngestAutoConfiguration;
import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.boot.ingest.IngestProperties;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Topics;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.LoggingProducerListener;

/**
 * The write side of an ingest service: Boot's producer factory (its settings come from the ingest defaults and
 * Micrometer binds its metrics) with the contract's JSON for values, a template that may also send outside a
 * transaction (see {@link EventPublisher} for why), the service's topics, the publisher and the Kafka readiness
 * check. Runs before Boot's Kafka auto-configuration so that its template is the one used.
 */
@AutoConfiguration(after = IngestAutoConfiguration.class, before = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBean(IngestEndpoints.class)
public class IngestPublishingAutoConfiguration {

    /** Closing a failed producer must not hold a sender thread long past the publish timeout. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

    @Bean
    @ConditionalOnMissingBean(name = "gojiEventSerializer")
    DefaultKafkaProducerFactoryCustomizer gojiEventSerializer() {
        return factory -> {
            // Boot declares the factory with wildcards; an ingest service only ever writes GojiEvent values.
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<String, GojiEvent> events =
                    (DefaultKafkaProducerFactory<String, GojiEvent>) factory;
            // Plain JSON of the contract: no __TypeId__ header, consumers must not depend on our Java class names.
            events.setValueSerializer(EventJson.serializer());
            events.setPhysicalCloseTimeout((int) CLOSE_TIMEOUT.toSeconds());
        };
    }

    @Bean
    @ConditionalOnMissingBean(KafkaTemplate.class)
    KafkaTemplate<String, GojiEvent> kafkaTemplate(ProducerFactory<String, GojiEvent> producerFactory) {
        KafkaTemplate<String, GojiEvent> template = new KafkaTemplate<>(producerFactory);
        template.setAllowNonTransactional(true);
        template.setCloseTimeout(CLOSE_TIMEOUT);
        // A failed send is logged without the record's contents: during an outage every request fails, events
        // carry customer ids, and the 503 itself is logged by the web layer.
        LoggingProducerListener<String, GojiEvent> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        template.setProducerListener(listener);
        return template;
    }

    /**
     * The topics of the service's event types, as the catalogue in contracts names them. KafkaAdmin creates them at
     * startup when the broker is there; otherwise {@link TopicProvisioner} has them created before the first send.
     * A service may only write a topic the catalogue names it the writer of: anything else fails at startup.
     */
    @Bean
    @ConditionalOnMissingBean(name = "ingestTopics")
    KafkaAdmin.NewTopics ingestTopics(IngestEndpoints endpoints, IngestProperties properties, Environment environment) {
        String service = environment.getRequiredProperty("spring.application.name");
        IngestProperties.TopicSettings settings = properties.topics();
        return new KafkaAdmin.NewTopics(endpoints.eventTypes().stream()
                .map(type -> TopicBuilder.name(ownTopic(type, service))
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .build())
                .toArray(NewTopic[]::new));
    }

    private static String ownTopic(EventType type, String service) {
        String topic = Topics.of(type);
        boolean writer = Topics.ALL.stream()
                .anyMatch(entry -> entry.name().equals(topic) && entry.writer().equals(service));
        if (!writer) {
            throw new IllegalStateException(service + " takes " + type.wireName()
                    + " events, but the catalogue names another writer of " + topic);
        }
        return topic;
    }

    @Bean
    @ConditionalOnMissingBean
    TopicProvisioner topicProvisioner(KafkaAdmin kafkaAdmin) {
        return new TopicProvisioner(kafkaAdmin);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(
            KafkaTemplate<String, GojiEvent> template,
            TopicProvisioner topics,
            IngestProperties properties,
            IngestMetrics metrics) {
        return new EventPublisher(template, topics, properties, metrics);
    }

    /**
     * Registered as {@code kafka}, the name the readiness group of the ingest defaults includes; never part of
     * liveness.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Readiness {

        @Bean("kafka")
        @ConditionalOnMissingBean(name = "kafka")
        KafkaReadinessIndicator kafkaReadinessIndicator(
                KafkaAdmin kafkaAdmin, TopicProvisioner topics, ProducerFactory<?, ?> producerFactory) {
            return new KafkaReadinessIndicator(kafkaAdmin, topics, producerFactory);
        }
    }
}
