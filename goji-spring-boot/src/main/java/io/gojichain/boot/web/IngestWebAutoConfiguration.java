package io.gojichain.boot.web;

import io.gojichain.boot.ingest.IngestAutoConfiguration;
import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.boot.ingest.IngestProperties;
import io.gojichain.boot.publishing.IngestMetrics;
import jakarta.validation.Validator;
import java.time.Clock;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The HTTP side of an ingest service: every error as problem+json ({@link ProblemDetailsAdvice}), the body size
 * limit, strict JSON binding and the shared request checks. Switched on by the service's {@link IngestEndpoints}
 * bean.
 */
// Before Boot's web MVC configuration: its own problem-details handler steps aside only for an advice it already sees.
@AutoConfiguration(after = IngestAutoConfiguration.class, before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(IngestEndpoints.class)
public class IngestWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice(
            IngestMetrics metrics, IngestProperties properties, IngestEndpoints endpoints) {
        return new ProblemDetailsAdvice(metrics, properties, endpoints);
    }

    @Bean
    @ConditionalOnMissingBean
    BodySizeLimitFilter bodySizeLimitFilter(IngestProperties properties) {
        return new BodySizeLimitFilter(properties);
    }

    @Bean
    @ConditionalOnMissingBean(name = "gojiStrictJson")
    JsonMapperBuilderCustomizer gojiStrictJson() {
        // No @Order: runs after Boot's own customizer (order 0), so these settings win.
        return StrictJson::apply;
    }

    /** The problems in the OpenAPI description of every ingest endpoint, where springdoc serves one. */
    @Bean
    @ConditionalOnClass(OpenApiCustomizer.class)
    @ConditionalOnMissingBean
    ProblemResponsesCustomizer problemResponsesCustomizer(IngestEndpoints endpoints) {
        return new ProblemResponsesCustomizer(endpoints);
    }

    @Bean
    @ConditionalOnMissingBean
    IngestValidator ingestValidator(Validator validator, Clock clock, IngestProperties properties) {
        return new IngestValidator(validator, clock, properties);
    }
}
