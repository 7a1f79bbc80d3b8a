package io.gojichain.sales;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Validates order lines, stamps the envelope and publishes them as {@code sold} events to {@code goji.sold.v1}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SalesServiceApplication {

    /**
     * The {@code source} of every event this service accepts, its CloudEvents source without the slash, and the
     * writer the topic catalogue names for the topics it writes.
     */
    public static final String SERVICE_NAME = "sales-service";

    public static void main(String[] args) {
        SpringApplication.run(SalesServiceApplication.class, args);
    }
}
