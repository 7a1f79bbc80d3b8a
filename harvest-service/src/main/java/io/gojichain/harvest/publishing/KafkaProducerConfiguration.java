package io.gojichain.harvest.publishing;

import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Keeps Boot's producer factory (its settings come from application.yml and Micrometer binds its metrics) and only
 * sets the value serializer: the contract's JSON mapping, and no {@code __TypeId__} header, because consumers must
 * not depend on our Java class names.
 */
@Configuration(proxyBeanMethods = false)
class KafkaProducerConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer gojiJsonValueSerializer() {
        return factory -> valueSerializer(factory);
    }

    @SuppressWarnings("unchecked")
    private static void valueSerializer(DefaultKafkaProducerFactory<?, ?> factory) {
        // The factory is declared with wildcards by Boot; this service only ever writes GojiEvent values.
        ((DefaultKafkaProducerFactory<String, GojiEvent>) factory)
                .setValueSerializer(new JacksonJsonSerializer<GojiEvent>(GojiJson.mapper()).noTypeInfo());
    }
}
