package io.gojichain.insights.facts;

import io.gojichain.insights.InsightsProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The beans main provides to the analytics controllers, for {@code @WebMvcTest} slices: hand-written
 * facts, the default properties and factors, and a clock at 2026-09-10 04:00 in Asia/Shanghai (still
 * 2026-09-09 in UTC, so a controller that forgets the zone gets the wrong "today").
 */
@TestConfiguration(proxyBeanMethods = false)
public class AnalyticsSliceBeans {

    public static final Instant NOW = Instant.parse("2026-09-09T20:00:00Z");

    @Bean
    ListBackedInsightFacts listBackedInsightFacts() {
        return new ListBackedInsightFacts();
    }

    @Bean
    InsightsProperties insightsProperties() {
        return ListBackedInsightFacts.defaultProperties();
    }

    @Bean
    FeKgFactors feKgFactors(InsightsProperties properties) {
        return new FeKgFactors(properties);
    }

    /** Named apart from the application's own clock bean, and preferred to it. */
    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    FixedLinkFacts linkFacts() {
        return new FixedLinkFacts();
    }
}
