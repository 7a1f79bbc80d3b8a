package io.gojichain.sales.publishing;

import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import java.time.Duration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Keeps Boot's producer factory (its settings come from application.yml and Micrometer binds its metrics) and adds
 * the contract's JSON for values and a template that may also send outside a transaction (see {@link EventPublisher}
 * for why).
 */
@Configuration(proxyBeanMethods = false)
class KafkaProducerConfiguration {

    /** Closing a failed producer must not hold a sender thread long past the publish timeout. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

    @Bean
    DefaultKafkaProducerFactoryCustomizer gojiEventSerializer() {
        return factory -> {
            // Boot declares the factory with wildcards; this service only ever writes GojiEvent values.
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<String, GojiEvent> events =
                    (DefaultKafkaProducerFactory<String, GojiEvent>) factory;
            // Plain JSON of the contract: no __TypeId__ header, consumers must not depend on our Java class names.
            events.setValueSerializer(new JacksonJsonSerializer<GojiEvent>(GojiJson.mapper()).noTypeInfo());
            events.setPhysicalCloseTimeout((int) CLOSE_TIMEOUT.toSeconds());
        };
    }

    @Bean
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
}
