package io.gojichain.insights.web;

import io.gojichain.contracts.GojiJson;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Responses use the contract's JSON settings: decimals plain and exact, absent values left out. */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer gojiJsonCustomizer() {
        return GojiJson::configure;
    }
}
