package io.gojichain.tools.bench;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything a run measured, as written to {@code bench/results/<time>.json}. */
record BenchResults(
        String startedAt,
        String command,
        double wallSeconds,
        Machine machine,
        String loadAverageAtEnd,
        Map<String, Object> settings,
        @Nullable KafkaResult kafka,
        List<IngestLevel> batch,
        List<IngestLevel> single,
        @Nullable ReplayResult replay,
        @Nullable FreshnessResult freshness,
        List<ResultTable.Row> table,
        List<String> notes) {

    /**
     * Kafka's perf tools on a scratch topic of the same broker.
     *
     * @param recordBytes mean size of a record value (a serialised {@code sold} event)
     */
    record KafkaResult(
            String topic,
            int partitions,
            double recordBytes,
            KafkaPerf.ProducerResult producer,
            KafkaPerf.ConsumerResult consumer,
            CpuMeter.Usage producerCpu,
            CpuMeter.Usage consumerCpu) {}

    /**
     * One concurrency level of batch or single ingest.
     *
     * @param eventsPerRequest 1 for single, the batch size for batches
     * @param latency of a whole request (a batch: all its events acknowledged by Kafka)
     */
    record IngestLevel(
            int clients,
            int eventsPerRequest,
            long requests,
            long errors,
            double seconds,
            double requestsPerSec,
            double eventsPerSec,
            Latency latency,
            @Nullable String firstError,
            CpuMeter.Usage cpu) {}

    /**
     * The fresh insights instance catching up.
     *
     * @param events events it counted (every event on the topics, each id once)
     * @param startupSeconds from launching the JVM to its first counted event
     * @param catchUpSeconds from its first counted event to the last
     * @param eventsPerSec counted per second of catch-up
     */
    record ReplayResult(
            String applicationId,
            long events,
            Map<String, Long> eventsByType,
            long toppedUp,
            double startupSeconds,
            double catchUpSeconds,
            double eventsPerSec,
            long peakRssMiB,
            CpuMeter.Usage cpu) {}

    /**
     * Freshness under a steady open-loop load, and each process's memory meanwhile.
     *
     * @param latency from a marker's 202 to the poll that first saw it in the summary
     * @param summaryRequest how long one {@code GET /summary} took (the resolution of the above)
     * @param rssMiB peak resident memory per process during the step
     */
    record FreshnessResult(
            double targetRate,
            double achievedRate,
            long backgroundSent,
            long backgroundErrors,
            long markers,
            long markersTimedOut,
            double pollMs,
            Latency latency,
            Latency summaryRequest,
            Map<String, Long> rssMiB,
            CpuMeter.Usage cpu) {}
}
