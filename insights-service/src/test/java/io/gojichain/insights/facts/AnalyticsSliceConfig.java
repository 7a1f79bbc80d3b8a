package io.gojichain.insights.facts;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.web.JsonConfiguration;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What the analytics controllers need from the application in a web slice: a clock fixed at
 * 2026-09-14 12:00 in Shanghai, the default properties, the feKg factors, the service's JSON
 * settings and an in-memory read model. The service's problem+json advice joins the slice by itself.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(JsonConfiguration.class)
public class AnalyticsSliceConfig {

    /** 2026-09-14T12:00+08:00: "today" is 2026-09-14 in the insights zone. */
    public static final Instant NOW = Instant.parse("2026-09-14T04:00:00Z");

    public static InsightsProperties defaultProperties() {
        return new InsightsProperties(
                ZoneId.of("Asia/Shanghai"),
                Duration.ofDays(7),
                new InsightsProperties.FeKgFactors(
                        new BigDecimal("1.0"), new BigDecimal("4.5"), new BigDecimal("1.3"), new BigDecimal("1.15")),
                new InsightsProperties.Forecast(0.3, 0.1, 0.1, 7, 14, 14));
    }

    /** Named apart from the application's own clock bean, and preferred to it. */
    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    InsightsProperties insightsProperties() {
        return defaultProperties();
    }

    @Bean
    FeKgFactors feKgFactors(InsightsProperties properties) {
        return new FeKgFactors(properties);
    }

    @Bean
    FixedInsightFacts insightFacts() {
        return new FixedInsightFacts();
    }

    @Bean
    FixedLinkFacts linkFacts() {
        return new FixedLinkFacts();
    }
}
