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
        String cpuPressureAtEnd,
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
     * @param events events it counted before it was stopped (N)
     * @param eventsOnTopics events the running insights-service had counted: what the topics hold
     * @param startupSeconds from launching the JVM to its first counted event
     * @param catchUpSeconds from its first counted event to the last
     * @param eventsPerSec counted per second of catch-up
     */
    record ReplayResult(
            String applicationId,
            long events,
            long eventsOnTopics,
            long toppedUp,
            List<String> extraArgs,
            double startupSeconds,
            double catchUpSeconds,
            double eventsPerSec,
            long peakRssMiB,
            CpuMeter.Usage cpu,
            long dslReferenceEventsPerSec,
            long dslReferenceRecords) {}

    /**
     * Freshness under a steady open-loop load, and each process's memory meanwhile.
     *
     * @param maxLagMs how far the open loop fell behind its schedule at worst
     * @param rssMiB peak resident memory per process during the step
     */
    record FreshnessResult(
            double targetRate,
            double achievedRate,
            int connections,
            long backgroundSent,
            long backgroundErrors,
            long maxLagMs,
            double pollMs,
            List<FreshnessProbe> probes,
            Map<String, Long> rssMiB,
            CpuMeter.Usage cpu) {}

    /**
     * Markers observed through one endpoint.
     *
     * @param latency from a marker's 202 to the first answer that counted it
     * @param request how long one GET of the endpoint took (the resolution of the above)
     */
    record FreshnessProbe(String endpoint, long markers, long timedOut, Latency latency, Latency request) {}
}
