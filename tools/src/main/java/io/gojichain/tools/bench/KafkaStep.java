package io.gojichain.tools.bench;

import io.gojichain.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** Step 1: Kafka's own producer and consumer limits on the same broker, with records like ours. */
final class KafkaStep {

    /** Distinct events the producer draws its records from. */
    static final int PAYLOADS = 10_000;

    private KafkaStep() {}

    static long warmupRecords(long measured) {
        return Math.max(50_000, measured / 4);
    }

    static BenchResults.KafkaResult run(BenchRun run) throws Exception {
        BenchOptions options = run.options;
        Path libs = options.home().resolve("local-kafka").resolve("target").resolve("libs");
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException(
                    libs + " is missing: build it with ./mvnw -q -pl local-kafka -am -DskipTests package");
        }
        // a scratch topic shaped like the one the services write: same partition count
        int partitions = run.kafka.partitions(Topics.SOLD).orElse(6);
        String topic = "goji-bench.producer-perf." + run.runId;
        String group = "goji-bench-consumer-perf-" + run.runId;
        Path payloadFile = run.work.resolve("sold-values.ndjson");
        double recordBytes = run.payloads.writeKafkaValues(payloadFile, PAYLOADS);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        run.kafka.createTopic(topic, partitions);
        try {
            long warmup = warmupRecords(options.perfRecords());
            run.say(
                    "[1/5] Kafka ProducerPerformance: %,d records of %.0f bytes (sold events), acks=all, idempotent,"
                            + " lz4, %d partitions, after %,d unmeasured ones that warm the broker up ...",
                    options.perfRecords(), recordBytes, partitions, warmup);
            // A broker just started runs its request path interpreted for a while: measured cold, the
            // ceiling everything else is compared with came out at half its warm value.
            KafkaPerf.runTool(
                    KafkaPerf.producerCommand(java, libs, options.bootstrapServers(), topic, warmup, payloadFile),
                    run.work.resolve("producer-perf-warmup.log"),
                    Duration.ofMinutes(10),
                    run.children);
            CpuMeter producerMeter = CpuMeter.start(run.pids);
            KafkaPerf.ToolRun produced = KafkaPerf.runTool(
                    KafkaPerf.producerCommand(
                            java, libs, options.bootstrapServers(), topic, options.perfRecords(), payloadFile),
                    run.work.resolve("producer-perf.log"),
                    Duration.ofMinutes(10),
                    run.children);
            CpuMeter.Usage producerCpu = producerMeter.stop().with("perf-tool", produced.cores());
            KafkaPerf.ProducerResult producer = KafkaPerf.parseProducer(produced.output());
            run.say(
                    "      %,.0f records/s (%.1f MB/s), latency p50 %.0f ms, p99 %.0f ms",
                    producer.recordsPerSec(), producer.mbPerSec(), producer.p50Ms(), producer.p99Ms());

            run.say("      Kafka ConsumerPerformance: the same %,d records ...", options.perfRecords());
            CpuMeter consumerMeter = CpuMeter.start(run.pids);
            KafkaPerf.ToolRun consumed = KafkaPerf.runTool(
                    KafkaPerf.consumerCommand(
                            java, libs, options.bootstrapServers(), topic, options.perfRecords(), group),
                    run.work.resolve("consumer-perf.log"),
                    Duration.ofMinutes(10),
                    run.children);
            CpuMeter.Usage consumerCpu = consumerMeter.stop().with("perf-tool", consumed.cores());
            KafkaPerf.ConsumerResult consumer = KafkaPerf.parseConsumer(consumed.output());
            run.say(
                    "      %,.0f records/s while fetching (%,.0f records/s with the group join), %.1f MB/s",
                    consumer.fetchRecordsPerSec(), consumer.recordsPerSec(), consumer.fetchMbPerSec());
            return new BenchResults.KafkaResult(
                    topic, partitions, Math.round(recordBytes), producer, consumer, producerCpu, consumerCpu);
        } finally {
            run.kafka.deleteQuietly(Set.of(topic), Set.of(group));
        }
    }
}
