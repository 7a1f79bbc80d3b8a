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
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * The producer side: Boot's producer factory (so Micrometer binds the client metrics), configured in
 * application.yml (acks=all, idempotence, bounded blocking), with the contract's JSON serializer.
 */
@Configuration(proxyBeanMethods = false)
class KafkaProducerConfiguration {

    /** Closing a failed producer must not hold a request thread long past the publish timeout. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

    @Bean
    DefaultKafkaProducerFactoryCustomizer gojiEventSerializer() {
        return factory -> {
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<String, GojiEvent> events =
                    (DefaultKafkaProducerFactory<String, GojiEvent>) factory;
            // Plain JSON of the contract: no __TypeId__ headers, no Java names on the wire.
            events.setValueSerializer(new JacksonJsonSerializer<GojiEvent>(GojiJson.mapper()).noTypeInfo());
            events.setPhysicalCloseTimeout((int) CLOSE_TIMEOUT.toSeconds());
        };
    }

    /**
     * The factory is transactional (a batch is one transaction), but single events may go without
     * one: the idempotent producer already makes a retried send safe, and a lone record gains nothing
     * from the extra round trips of a transaction.
     */
    @Bean
    KafkaTemplate<String, GojiEvent> kafkaTemplate(ProducerFactory<String, GojiEvent> producerFactory) {
        KafkaTemplate<String, GojiEvent> template = new KafkaTemplate<>(producerFactory);
        template.setAllowNonTransactional(true);
        template.setCloseTimeout(CLOSE_TIMEOUT);
        return template;
    }
}
