package io.gojichain.tools.bench;

import io.gojichain.tools.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** {@code bench}: runs the steps, prints the table, writes the results. */
public final class BenchCommand {

    static final int OK = 0;

    static final int FAILED = 1;

    static final int USAGE = 2;

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    private BenchCommand() {}

    /** Runs {@code bench} with its arguments; returns the exit status. */
    public static int run(List<String> argv, PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(argv);
        } catch (UsageException ex) {
            err.println("bench: " + ex.getMessage());
            err.println("Run 'bench --help' for the options.");
            return USAGE;
        }
        if (options.help()) {
            out.println(BenchOptions.USAGE);
            return OK;
        }
        try {
            return execute(options, argv, out, err);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            err.println("bench: interrupted");
            return FAILED;
        } catch (Exception ex) {
            err.println("bench: " + ex.getMessage());
            return FAILED;
        }
    }

    private static int execute(BenchOptions options, List<String> argv, PrintStream out, PrintStream err)
            throws Exception {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        Machine machine = Machine.describe();
        String shortId = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFL);
        Path work = options.home().resolve("bench").resolve("tmp").resolve("run-" + shortId);
        Files.createDirectories(work);

        out.printf(
                Locale.ROOT,
                "goji bench: %d cores (%s), %,d MiB, Java %s; load average %s, CPU pressure %s%n",
                machine.cores(),
                machine.cpu(),
                machine.memoryMiB(),
                machine.jdk(),
                machine.loadAverage(),
                machine.cpuPressure());
        Map<String, Long> pids = StackProcesses.find(options.home());
        List<String> missing = new ArrayList<>(StackProcesses.NAMES);
        missing.removeAll(pids.keySet());
        out.println("Processes: " + pids + (missing.isEmpty() ? "" : "; not found: " + missing));

        StackApi api = new StackApi(StackApi.newClient(), options.salesUrl(), options.insightsUrl());
        EventIds ids = new EventIds(ThreadLocalRandom.current().nextLong());
        SoldPayloads payloads = SoldPayloads.fromSeason(options.seed(), work, ids, shortId);
        out.printf(
                Locale.ROOT,
                "Events: %,d sold order lines of the demo season (seed %d), %.0f bytes a request body on average%n",
                payloads.templateCount(),
                options.seed(),
                payloads.meanRequestBytes());

        Optional<StackApi.Summary> baseline = api.summary();
        BenchResults.KafkaResult kafkaResult = null;
        List<BenchResults.IngestLevel> batch = List.of();
        List<BenchResults.IngestLevel> single = List.of();
        BenchResults.ReplayResult replay = null;
        QueryStep.QueriesResult queries = null;
        BenchResults.FreshnessResult freshness = null;
        boolean failed = false;
        try (ChildProcesses children = new ChildProcesses();
                BenchKafka kafka = new BenchKafka(options.bootstrapServers())) {
            BenchRun run =
                    new BenchRun(options, out, err, shortId, work, api, payloads, children, kafka, pids, baseline);
            if (missing.contains("insights-service") || baseline.isEmpty()) {
                run.note("insights-service does not answer at " + options.insightsUrl()
                        + ": no draining between steps, no replay, no freshness");
            }
            if (loadIsHigh(machine)) {
                run.note("load average " + machine.loadAverage() + " on " + machine.cores()
                        + " cores when the run started: other work shared the CPU (see the 'other' CPU column)");
            }
            List<String> notes = run.notes;
            for (BenchOptions.Step step : options.steps()) {
                try {
                    switch (step) {
                        case KAFKA -> kafkaResult = KafkaStep.run(run);
                        case BATCH -> batch = IngestStep.batch(run);
                        case SINGLE -> single = IngestStep.single(run);
                        case REPLAY -> replay = ReplayStep.run(run);
                        case FRESHNESS -> freshness = FreshnessStep.run(run);
                        case QUERIES -> queries = QueryStep.run(run);
                    }
                } catch (InterruptedException ex) {
                    throw ex;
                } catch (Exception ex) {
                    failed = true;
                    run.note("step " + step.wireName() + " failed: " + ex.getMessage());
                }
            }
            double wall = (System.nanoTime() - startNanos) / 1e9;
            ResultTable table = Report.table(kafkaResult, batch, single, replay, freshness, queries);
            BenchResults results = new BenchResults(
                    started.toString(),
                    command(argv),
                    Math.round(wall),
                    machine,
                    Machine.currentLoadAverage(),
                    Machine.currentCpuPressure(),
                    Report.settings(options, payloads),
                    kafkaResult,
                    batch,
                    single,
                    replay,
                    freshness,
                    table.rows(),
                    List.copyOf(notes));
            out.println();
            out.print(table.text());
            out.println();
            Report.Written written = Report.write(results, table, options.results(), FILE_TIME.format(started));
            out.printf(
                    Locale.ROOT,
                    "Wall time %s. Results: %s, %s (and latest.md)%n",
                    io.gojichain.tools.Progress.duration(wall),
                    options.home().relativize(written.json()),
                    options.home().relativize(written.markdown()));
        } finally {
            deleteQuietly(work);
        }
        return failed ? FAILED : OK;
    }

    private static boolean loadIsHigh(Machine machine) {
        try {
            return Double.parseDouble(machine.loadAverage().split(" ")[0]) > machine.cores();
        } catch (RuntimeException ex) {
            return false;
        }
    }

    /** How this run was started, for the results: goji passes the command the user typed. */
    private static String command(List<String> argv) {
        @Nullable String fromGoji = System.getenv("GOJI_COMMAND");
        if (fromGoji != null && !fromGoji.isBlank()) {
            return fromGoji.trim();
        }
        return ("java -jar tools/target/tools.jar bench " + String.join(" ", argv)).trim();
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ex) {
            // bench/tmp is git-ignored
        }
    }
}
