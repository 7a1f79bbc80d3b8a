package io.gojichain.tools.bench;

import io.gojichain.tools.Progress;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Step 4: a fresh insights-service (new application id, so a new consumer group reading from the
 * start, an empty state dir, its own port) counting events already on the topics. It is done when
 * it has counted N events (the topics are topped up to N first when they hold fewer), and timed
 * from its first counted event: JVM start, Spring context and the group join are reported apart.
 * Counting the first N of a larger backlog keeps the step's length independent of how much earlier
 * runs left on the broker.
 *
 * <p>Progress is read from the instance's event counter through {@code /actuator/metrics}, exposed
 * for this instance only: polling {@code /summary} instead took a third of the instance's CPU in a
 * profile (it walks every fact), and so slowed the very thing it measured.
 */
final class ReplayStep {

    private static final long POLL_MILLIS = 250;

    private ReplayStep() {}

    static BenchResults.ReplayResult run(BenchRun run) throws Exception {
        BenchOptions options = run.options;
        Path jar = options.home().resolve("insights-service").resolve("target").resolve("insights-service.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -q -DskipTests package");
        }
        run.say(
                "[4/5] Insights replay: a fresh insights-service counting %,d events already on the topics",
                options.replayEvents());
        StackApi.Summary reference = run.drain("the replay")
                .orElseThrow(() -> new IllegalStateException(
                        "insights-service at " + options.insightsUrl() + " did not give the reference counts"));
        long toppedUp = 0;
        if (reference.total() < options.replayEvents()) {
            long missing = options.replayEvents() - reference.total();
            run.say(
                    "      the topics hold %,d events; topping up with %,d sold events first",
                    reference.total(), missing);
            toppedUp = IngestStep.topUp(run, missing);
            reference = run.drain("the replay")
                    .orElseThrow(() -> new IllegalStateException("insights-service did not count the top-up"));
        }
        long onTopics = reference.total();
        long total = options.replayEvents();

        String applicationId = "insights-bench-replay-" + run.runId;
        Path stateDir = run.work.resolve("replay-state");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.insightsHeap(),
                // the collector goji gives the services (its SERVICE_JAVA_OPTS): G1's concurrent
                // threads took CPU from the stream thread on two cores
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dgoji.process=insights-bench-replay",
                "-Dgoji.home=" + options.home()));
        // the same extra JVM options goji gives every JVM it starts (e.g. a flight recording)
        String extra = System.getenv("GOJI_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + options.bootstrapServers(),
                "--spring.kafka.streams.application-id=" + applicationId,
                "--spring.kafka.streams.state-dir=" + stateDir,
                "--management.endpoints.web.exposure.include=health,info,prometheus,metrics"));
        command.addAll(options.replayArgs());
        Path log = run.work.resolve("replay-insights-service.log");
        run.say(
                "      counting %,d of the %,d events on the topics; application id %s, port %d%s",
                total,
                onTopics,
                applicationId,
                port,
                options.replayArgs().isEmpty() ? "" : ", with " + String.join(" ", options.replayArgs()));
        StackApi replica = run.api.withInsights(URI.create("http://127.0.0.1:" + port));

        long launched = System.nanoTime();
        Process process = run.children.start(new ProcessBuilder(command)
                .directory(options.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()));
        try {
            Map<String, Long> pids = new LinkedHashMap<>(run.pids);
            pids.put("insights-replay", process.pid());
            Progress progress = new Progress("  replay", "events", total, options.progress(), run.err);
            long firstAt = 0;
            long firstCount = 0;
            long peakRss = 0;
            CpuMeter meter = null;
            long last = 0;
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the replay's insights-service exited with " + process.exitValue()
                            + "; its log:\n" + KafkaPerf.tail(Files.readString(log, StandardCharsets.UTF_8)));
                }
                if (System.nanoTime() - launched > options.replayTimeout().toNanos()) {
                    throw new IllegalStateException(String.format(
                            "the replay had counted %,d of %,d events after %d s (--replay-timeout); log: %s",
                            last, total, options.replayTimeout().toSeconds(), log));
                }
                peakRss = Math.max(peakRss, ProcStats.rssKiB(process.pid()).orElse(0));
                Optional<Long> now = replica.processedEvents();
                long seen = System.nanoTime();
                if (now.isPresent()) {
                    long counted = now.get();
                    last = counted;
                    if (counted > 0 && firstAt == 0) {
                        firstAt = seen;
                        firstCount = counted;
                        meter = CpuMeter.start(pids);
                    }
                    progress.update(counted);
                    if (counted >= total) {
                        progress.finish(counted);
                        double startup = (firstAt - launched) / 1e9;
                        double catchUp = Math.max(1e-3, (seen - firstAt) / 1e9);
                        double rate = (counted - firstCount) / catchUp;
                        CpuMeter.Usage usage = meter == null ? null : meter.stop();
                        run.say(
                                "      %,.0f events/s over %.1f s of catch-up (JVM start to first event %.1f s),"
                                        + " peak RSS %d MiB",
                                rate, catchUp, startup, peakRss / 1024);
                        run.children.stop(process);
                        DslReference.Result dsl = reference(run, total);
                        run.say(
                                "      DSL reference: %,d events/s on %s (%,d sold records in %.1f s); the engine %.2fx of it",
                                dsl.eventsPerSec(),
                                io.gojichain.contracts.Topics.SOLD,
                                dsl.records(),
                                dsl.seconds(),
                                rate / Math.max(1, dsl.eventsPerSec()));
                        return new BenchResults.ReplayResult(
                                applicationId,
                                counted,
                                onTopics,
                                toppedUp,
                                options.replayArgs(),
                                round1(startup),
                                round1(catchUp),
                                Math.round(rate),
                                peakRss / 1024,
                                usage,
                                dsl.eventsPerSec(),
                                dsl.records());
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            run.children.stop(process);
            // leave nothing behind: its group, its changelog topics, its state
            Set<String> internal = run.kafka.topicsStartingWith(applicationId + "-");
            run.kafka.deleteQuietly(internal, Set.of(applicationId));
            deleteTree(stateDir);
        }
    }

    /**
     * The straightforward DSL aggregation on the same sold records, with its own application id;
     * its group and internal topics are removed afterwards.
     */
    private static DslReference.Result reference(BenchRun run, long limit) throws Exception {
        String applicationId = "insights-bench-dsl-reference-" + run.runId;
        Path stateDir = run.work.resolve("dsl-reference-state");
        run.say("      the DSL reference (parse, re-key by day and form, aggregate BigDecimal sums; exactly_once_v2)");
        try {
            return DslReference.run(
                    run.options.bootstrapServers(), applicationId, stateDir, limit, run.options.replayTimeout());
        } finally {
            Set<String> internal = run.kafka.topicsStartingWith(applicationId + "-");
            run.kafka.deleteQuietly(internal, Set.of(applicationId));
            deleteTree(stateDir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ex) {
            // best effort: bench/tmp is git-ignored
        }
    }
}
