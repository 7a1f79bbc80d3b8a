package io.gojichain.boot.ingest;

import io.gojichain.boot.publishing.IngestMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What both halves of an ingest service read, the web side and the write side: the {@code goji.*} settings, the
 * ingest meters and the clock. Switched on by the service's {@link IngestEndpoints} bean.
 */
@AutoConfiguration
@ConditionalOnBean(IngestEndpoints.class)
@EnableConfigurationProperties(IngestProperties.class)
public class IngestAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IngestMetrics ingestMetrics(MeterRegistry registry, IngestEndpoints endpoints) {
        return new IngestMetrics(registry, endpoints);
    }

    /** One clock for recordTime and the eventTime window, so tests can fix "now". */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
