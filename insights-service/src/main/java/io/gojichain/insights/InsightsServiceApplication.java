package io.gojichain.insights;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InsightsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InsightsServiceApplication.class, args);
    }

    /** "Today" for default query periods; controllers apply the insights zone. Tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
