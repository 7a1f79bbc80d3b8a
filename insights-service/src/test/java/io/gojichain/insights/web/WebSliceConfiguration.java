package io.gojichain.insights.web;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What a controller slice needs besides the controller: the properties, the feKg factors, the
 * contract's JSON settings and a fixed clock.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsightsProperties.class)
@Import({FeKgFactors.class, JsonConfiguration.class})
public class WebSliceConfiguration {

    /** 20:00 UTC on 1 September is 04:00 on 2 September in Shanghai: "today" is 2026-09-02. */
    public static final Instant NOW = Instant.parse("2026-09-01T20:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
