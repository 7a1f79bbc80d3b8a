package io.gojichain.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own tools, {@code org.apache.kafka.tools.ProducerPerformance} and
 * {@code ConsumerPerformance}, each in its own JVM from the local broker's jars: the ceiling the
 * services are compared with, measured on the same broker in the same run.
 */
final class KafkaPerf {

    /** The final line of ProducerPerformance. */
    record ProducerResult(
            long records,
            double recordsPerSec,
            double mbPerSec,
            double avgLatencyMs,
            double maxLatencyMs,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double p999Ms) {}

    /**
     * ConsumerPerformance's summary. {@code recordsPerSec} includes the group join; the fetch rate
     * does not, and it is the one the replay (timed from its first counted event) is compared with.
     */
    record ConsumerResult(
            long records,
            double mb,
            double recordsPerSec,
            double mbPerSec,
            double rebalanceMs,
            double fetchMs,
            double fetchRecordsPerSec,
            double fetchMbPerSec) {}

    private static final Pattern PRODUCER_SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec"
            + " \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th,"
            + " (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");

    private KafkaPerf() {}

    static ProducerResult parseProducer(String output) {
        ProducerResult result = null;
        for (String line : output.split("\n")) {
            Matcher m = PRODUCER_SUMMARY.matcher(line);
            if (m.find()) {
                result = new ProducerResult(
                        Long.parseLong(m.group(1)),
                        Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)),
                        Double.parseDouble(m.group(5)),
                        Double.parseDouble(m.group(6)),
                        Double.parseDouble(m.group(7)),
                        Double.parseDouble(m.group(8)),
                        Double.parseDouble(m.group(9)));
            }
        }
        if (result == null) {
            throw new IllegalStateException("no summary line in the ProducerPerformance output:\n" + tail(output));
        }
        return result;
    }

    static ConsumerResult parseConsumer(String output) {
        String[] lines = output.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].trim().startsWith("start.time")) {
                List<String> names = split(lines[i]);
                List<String> values = split(lines[i + 1]);
                if (names.size() != values.size()) {
                    break;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < names.size(); c++) {
                    row.put(names.get(c), values.get(c));
                }
                return new ConsumerResult(
                        Long.parseLong(row.get("data.consumed.in.nMsg")),
                        Double.parseDouble(row.get("data.consumed.in.MB")),
                        Double.parseDouble(row.get("nMsg.sec")),
                        Double.parseDouble(row.get("MB.sec")),
                        Double.parseDouble(row.get("rebalance.time.ms")),
                        Double.parseDouble(row.get("fetch.time.ms")),
                        Double.parseDouble(row.get("fetch.nMsg.sec")),
                        Double.parseDouble(row.get("fetch.MB.sec")));
            }
        }
        throw new IllegalStateException("no summary in the ConsumerPerformance output:\n" + tail(output));
    }

    /**
     * ProducerPerformance with the services' producer settings: acks=all, idempotence, lz4, the
     * same linger; records drawn at random from real serialised {@code sold} events.
     */
    static List<String> producerCommand(
            Path java, Path libs, String bootstrap, String topic, long records, Path payloads) {
        return List.of(
                java.toString(),
                "-Xmx512m",
                "-Duser.language=en",
                "-Duser.country=US",
                "-cp",
                libs.toAbsolutePath() + "/*",
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic",
                topic,
                "--num-records",
                Long.toString(records),
                "--throughput",
                "-1",
                "--payload-file",
                payloads.toAbsolutePath().toString(),
                "--producer-props",
                "bootstrap.servers=" + bootstrap,
                "acks=all",
                "enable.idempotence=true",
                "compression.type=lz4",
                "linger.ms=5");
    }

    static List<String> consumerCommand(
            Path java, Path libs, String bootstrap, String topic, long records, String group) {
        return List.of(
                java.toString(),
                "-Xmx512m",
                "-Duser.language=en",
                "-Duser.country=US",
                "-cp",
                libs.toAbsolutePath() + "/*",
                "org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server",
                bootstrap,
                "--topic",
                topic,
                "--messages",
                Long.toString(records),
                "--group",
                group,
                "--timeout",
                "30000");
    }

    /**
     * What a tool printed, and the CPU it used (in cores over its lifetime, JVM start included).
     */
    record ToolRun(String output, double cores) {}

    /**
     * Runs a tool to completion and returns what it printed (stdout and stderr, also kept in
     * {@code log}); its CPU time is read from {@code /proc} while it runs, since nothing can be
     * read once it has exited.
     */
    static ToolRun runTool(List<String> command, Path log, Duration timeout, ChildProcesses children)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = children.start(builder);
        long ticks = 0;
        long ended = started;
        try {
            long deadline = started + timeout.toNanos();
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                ticks = ProcStats.cpuTicks(process.pid()).orElse(ticks);
                ended = System.nanoTime();
                if (ended > deadline) {
                    throw new IOException(
                            command.get(6) + " did not finish within " + timeout.toSeconds() + " s; see " + log);
                }
            }
        } finally {
            children.stop(process);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(command.get(6) + " exited with " + process.exitValue() + ":\n" + tail(output));
        }
        double seconds = Math.max(1e-3, (ended - started) / 1e9);
        return new ToolRun(output, ticks / (double) ProcStats.CLOCK_TICKS / seconds);
    }

    private static List<String> split(String csv) {
        List<String> parts = new ArrayList<>();
        Arrays.stream(csv.split(",")).map(String::trim).forEach(parts::add);
        return parts;
    }

    static String tail(String text) {
        String[] lines = text.split("\n");
        return String.join("\n", Arrays.asList(lines).subList(Math.max(0, lines.length - 20), lines.length));
    }
}
