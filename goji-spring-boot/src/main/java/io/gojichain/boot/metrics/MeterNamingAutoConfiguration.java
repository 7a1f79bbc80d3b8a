package io.gojichain.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What every service's scrape shares, ingest or not: meter ids promtool accepts ({@link PrometheusNaming}; Boot
 * applies {@code MeterFilter} beans to the registries it configures) and the resident memory gauge the ops dashboard
 * plots.
 */
@AutoConfiguration
@ConditionalOnClass(MeterRegistry.class)
public class MeterNamingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PrometheusNaming prometheusNaming() {
        return new PrometheusNaming();
    }

    @Bean
    @ConditionalOnMissingBean
    ResidentMemoryMetrics residentMemoryMetrics() {
        return new ResidentMemoryMetrics();
    }
}
