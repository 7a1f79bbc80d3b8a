package io.gojichain.processing.intake;

import io.gojichain.processing.ProcessingProperties;
import jakarta.validation.Validator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    /** recordTime and the eventTime window read this clock; tests pin it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ProcessingRequestRules processingRequestRules(Validator validator, Clock clock, ProcessingProperties properties) {
        return new ProcessingRequestRules(validator, clock, properties.limits());
    }
}
