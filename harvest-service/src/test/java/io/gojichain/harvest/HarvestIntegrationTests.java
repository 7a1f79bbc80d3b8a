package io.gojichain.harvest;

import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;

/**
 * The scenarios against a real broker inside the test JVM (KRaft; spring-kafka-test 4 has no ZooKeeper mode any
 * more, so there is no {@code kraft} attribute to set). The broker's default is ONE partition per topic, so the
 * six-partition check proves that the service created the topic, not the broker's auto-creation.
 */
@EmbeddedKafka(
        partitions = 1,
        brokerProperties = {
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "transaction.state.log.num.partitions=4"
        })
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
class HarvestIntegrationTests extends HarvestIntegrationScenarios {}
