package io.gojichain.processing.publishing;

import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * The producer is Boot's (configured in application.yml, so Micrometer binds its metrics); this
 * only adds the contract's JSON for values and a template that may also send outside a
 * transaction (see {@link EventPublisher} for why).
 */
@Configuration(proxyBeanMethods = false)
class KafkaProducerConfiguration {

    @Bean
    @SuppressWarnings("unchecked")
    DefaultKafkaProducerFactoryCustomizer contractJsonValues() {
        // No type headers: the topic says what the record is, and no Java class name goes on the wire.
        return factory -> ((DefaultKafkaProducerFactory<Object, Object>) factory)
                .setValueSerializer(new JacksonJsonSerializer<>(GojiJson.mapper()).noTypeInfo());
    }

    @Bean
    KafkaTemplate<String, GojiEvent> kafkaTemplate(ProducerFactory<String, GojiEvent> producerFactory) {
        KafkaTemplate<String, GojiEvent> template = new KafkaTemplate<>(producerFactory);
        template.setAllowNonTransactional(true);
        // Failed sends are logged by key only: during an outage every request fails, and the
        // 503 itself is logged by the web layer.
        LoggingProducerListener<String, GojiEvent> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        template.setProducerListener(listener);
        return template;
    }
}
