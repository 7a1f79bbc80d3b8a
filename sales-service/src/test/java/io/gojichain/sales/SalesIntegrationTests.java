package io.gojichain.sales;

import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;

/**
 * The integration scenarios against a real Kafka broker in KRaft mode inside the test JVM (the only
 * mode of spring-kafka-test 4, hence no {@code kraft} attribute). The broker's default of 1 partition
 * per topic makes the 6 partitions the service's own doing.
 */
@EmbeddedKafka(
        partitions = 1,
        brokerProperties = {
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "transaction.state.log.num.partitions=1"
        })
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
class SalesIntegrationTests extends AbstractSalesIntegrationTests {}
