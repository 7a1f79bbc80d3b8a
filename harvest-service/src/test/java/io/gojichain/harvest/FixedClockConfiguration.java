package io.gojichain.harvest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A fixed "now": recordTime becomes predictable, and the eventTime window is computed from it too. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

    static final Instant NOW = Instant.parse("2026-07-02T04:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
