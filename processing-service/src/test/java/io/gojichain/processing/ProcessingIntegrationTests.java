package io.gojichain.processing;

import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;

/**
 * The scenarios against an embedded KRaft broker (a real Kafka inside the test JVM, no Docker).
 * The broker's default is one partition per topic, so the six the scenarios find can only come
 * from the service's own topic setup.
 */
@EmbeddedKafka(
        partitions = 1,
        brokerProperties = {
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            // One partition instead of 50 makes the first transaction of a fresh broker cheap.
            "transaction.state.log.num.partitions=1"
        })
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
class ProcessingIntegrationTests extends ProcessingIntegrationScenarios {}
