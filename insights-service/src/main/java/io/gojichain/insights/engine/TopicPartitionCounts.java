package io.gojichain.insights.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * How many partitions each event topic has, asked of the broker once per topic: a query must read
 * every partition, including one no instance holds at the moment, so the count cannot come from
 * the instances' assignments alone. 0 until the broker has answered (the assignments decide then).
 */
final class TopicPartitionCounts implements Function<String, Integer> {

    private final KafkaAdmin admin;

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    TopicPartitionCounts(KafkaAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Integer apply(String topic) {
        Integer known = this.counts.get(topic);
        if (known != null) {
            return known;
        }
        try {
            int count = this.admin.describeTopics(topic).get(topic).partitions().size();
            this.counts.put(topic, count);
            return count;
        } catch (RuntimeException ex) {
            return 0;
        }
    }
}
