package io.gojichain.sales;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The ingest gateway for order lines: validates {@code sold} events and publishes them to Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SalesServiceApplication {

    /** The {@code source} of every event this service accepts, and its CloudEvents source without the slash. */
    public static final String SERVICE_NAME = "sales-service";

    public static void main(String[] args) {
        SpringApplication.run(SalesServiceApplication.class, args);
    }

    /** recordTime and the eventTime window read this clock, so tests can pin "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
