package io.gojichain.insights.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * Gauge {@code goji.insights.restore.remaining} (tag store): changelog records still to replay
 * before a store can answer; non-zero after a restart on a new disk or a rebalance.
 */
final class RestoreProgress implements StateRestoreListener {

    private final MeterRegistry registry;

    /** store -> changelog partition -> records left. */
    private final Map<String, Map<TopicPartition, Long>> remaining = new ConcurrentHashMap<>();

    /** changelog partition -> end offset of the restoration under way. */
    private final Map<TopicPartition, Long> endOffsets = new ConcurrentHashMap<>();

    RestoreProgress(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String storeName, long startingOffset, long endingOffset) {
        this.endOffsets.put(partition, endingOffset);
        partitions(storeName).put(partition, Math.max(0, endingOffset - startingOffset));
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String storeName, long batchEndOffset, long numRestored) {
        long end = this.endOffsets.getOrDefault(partition, batchEndOffset);
        partitions(storeName).put(partition, Math.max(0, end - batchEndOffset - 1));
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String storeName, long totalRestored) {
        partitions(storeName).put(partition, 0L);
        this.endOffsets.remove(partition);
    }

    @Override
    public void onRestoreSuspended(TopicPartition partition, String storeName, long totalRestored) {
        // the partition moved to another instance: nothing is left to restore here
        onRestoreEnd(partition, storeName, totalRestored);
    }

    long remaining(String storeName) {
        Map<TopicPartition, Long> partitions = this.remaining.get(storeName);
        return (partitions == null)
                ? 0
                : partitions.values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> partitions(String storeName) {
        return this.remaining.computeIfAbsent(storeName, name -> {
            Gauge.builder("goji.insights.restore.remaining", this, progress -> progress.remaining(name))
                    .description("Changelog records still to restore before the store can answer")
                    .tag("store", name)
                    .register(this.registry);
            return new ConcurrentHashMap<>();
        });
    }
}
