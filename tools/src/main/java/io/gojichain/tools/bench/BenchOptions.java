package io.gojichain.tools.bench;

import io.gojichain.tools.Args;
import io.gojichain.tools.Progress;
import io.gojichain.tools.UsageException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The options of {@code bench}; every size has a default that keeps a full run under 15 minutes on 2 cores. */
record BenchOptions(
        boolean help,
        Set<Step> steps,
        URI salesUrl,
        URI insightsUrl,
        String bootstrapServers,
        Path home,
        Path results,
        long perfRecords,
        int batchSize,
        List<Integer> batchConcurrency,
        List<Integer> singleConcurrency,
        Duration serviceWarmup,
        Duration warmup,
        Duration duration,
        long replayEvents,
        Duration replayTimeout,
        String insightsHeap,
        List<String> replayArgs,
        double freshnessRate,
        int freshnessConnections,
        Duration freshnessDuration,
        Duration freshnessPoll,
        long seed,
        Progress.Mode progress,
        long queriesEvents,
        int queriesRequests) {

    /** The steps of a run, in the order they run. */
    enum Step {
        KAFKA,
        BATCH,
        SINGLE,
        REPLAY,
        FRESHNESS,
        /** Not in the default run: it tops the state up to --queries-events first. */
        QUERIES;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String USAGE = String.join(
            "\n",
            "Usage: ./goji bench [options]",
            "       java -jar tools/target/tools.jar bench [options]",
            "",
            "Measures the running stack (./goji up) against Kafka's own tools on the same broker, in one run:",
            "  kafka      ProducerPerformance (acks=all, idempotent, lz4, real serialised sold events) and",
            "             ConsumerPerformance on a scratch topic (deleted afterwards)",
            "  batch      POST /api/v1/sales/batch, batches of --batch-size, at each --batch-concurrency",
            "  single     POST /api/v1/sales, closed-loop clients at each --single-concurrency: req/s, p50/p99/p99.9",
            "  replay     a fresh insights-service (new application id, state dir and port) counting the first",
            "             --replay-events events on the topics (topped up through sales-service when fewer)",
            "  freshness  at --freshness-rate events/s (open loop), 202 -> visible in /api/v1/insights/summary",
            "             (then through a one-day /demand query), and every process's memory and CPU meanwhile",
            "  queries    (only when named) tops the running instance up to --queries-events counted events,",
            "             then times every insight endpoint over its maximal period: p50/p99/max per endpoint",
            "Prints a table with ratios and targets; writes bench/results/<time>.json, <time>.md and latest.md.",
            "It sends real events: run it on a scratch stack, not on one whose numbers you care about.",
            "",
            "Options:",
            "  --steps LIST               steps to run, comma-separated (default kafka,batch,single,replay,freshness)",
            "  --perf-records N           records for the Kafka perf tools (default 1000000)",
            "  --batch-size N             events per batch request, 1-1000 (default 1000)",
            "  --batch-concurrency LIST   concurrent batch clients per level (default 1,2,4)",
            "  --single-concurrency LIST  concurrent single-event clients per level (default 1,16,64)",
            "  --service-warmup S         seconds of load before the first batch and single level, for the",
            "                             services' JIT (default 30)",
            "  --warmup S                 seconds of warm-up before each measured level (default 5)",
            "  --duration S               seconds measured per level (default 15)",
            "  --replay-events N          events the replay counts, timed from its first (default 500000)",
            "  --replay-timeout S         give the replay this long to catch up (default 600)",
            "  --insights-heap SIZE       -Xmx of the replay's insights-service (default 512m, as goji's)",
            "  --replay-args ARGS         extra arguments for the replay's insights-service, space-separated,",
            "                             e.g. '--spring.kafka.streams.state-store-cache-max-size=64MB' to try",
            "                             a setting without touching the running service",
            "  --freshness-rate R         background events per second during freshness (default 1000)",
            "  --freshness-connections N  connections the background load is spread over (default 32)",
            "  --freshness-duration S     seconds of markers through each endpoint (default 30)",
            "  --freshness-poll-ms MS     how often a marker's visibility is polled (default 10)",
            "  --sales-url URL            sales-service (default http://127.0.0.1:8083)",
            "  --insights-url URL         insights-service (default http://127.0.0.1:8084)",
            "  --bootstrap-servers HOSTS  the broker (default 127.0.0.1:9092)",
            "  --home DIR                 the goji checkout: pid files, jars, local-kafka/target/libs (default .)",
            "  --results DIR              where results go (default <home>/bench/results)",
            "  --seed N                   seed of the simulated season the events come from (default 42)",
            "  --progress MODE            auto, bar, lines or off (default auto; progress goes to stderr)",
            "  --queries-events N         queries step: top the counted events up to N first (default 10000000)",
            "  --queries-requests N       queries step: timed requests per endpoint, after 5 untimed (default 50)",
            "  --help                     this text",
            "",
            "Exit status: 0 measured (whatever the numbers), 1 a step failed, 2 bad options.");

    private static final Set<String> FLAGS = Set.of("help");

    private static final Set<String> VALUED = Set.of(
            "steps",
            "perf-records",
            "batch-size",
            "batch-concurrency",
            "single-concurrency",
            "service-warmup",
            "warmup",
            "duration",
            "replay-events",
            "replay-timeout",
            "insights-heap",
            "replay-args",
            "freshness-rate",
            "freshness-connections",
            "freshness-duration",
            "freshness-poll-ms",
            "sales-url",
            "insights-url",
            "bootstrap-servers",
            "home",
            "results",
            "seed",
            "progress",
            "queries-events",
            "queries-requests");

    static BenchOptions parse(List<String> argv) throws UsageException {
        boolean help = argv.contains("--help") || argv.contains("-h");
        Args args = Args.parse(help ? List.of() : argv, FLAGS, VALUED);
        Path home = Path.of(args.string("home", ".")).toAbsolutePath().normalize();
        String results = args.string("results");
        String heap = args.string("insights-heap", "512m");
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new UsageException("--insights-heap must look like 512m or 1g, not '" + heap + "'");
        }
        return new BenchOptions(
                help,
                steps(args.string("steps", "kafka,batch,single,replay,freshness")),
                url(args, "sales-url", "http://127.0.0.1:8083"),
                url(args, "insights-url", "http://127.0.0.1:8084"),
                args.string("bootstrap-servers", "127.0.0.1:9092"),
                home,
                results == null
                        ? home.resolve("bench").resolve("results")
                        : Path.of(results).toAbsolutePath(),
                args.longValue("perf-records", 1_000_000, 1_000, 100_000_000),
                args.intValue("batch-size", 1000, 1, 1000),
                counts(args, "batch-concurrency", "1,2,4"),
                counts(args, "single-concurrency", "1,16,64"),
                Duration.ofSeconds(args.longValue("service-warmup", 30, 0, 3600)),
                Duration.ofSeconds(args.longValue("warmup", 5, 0, 3600)),
                Duration.ofSeconds(args.longValue("duration", 15, 1, 3600)),
                args.longValue("replay-events", 500_000, 1_000, 1_000_000_000),
                Duration.ofSeconds(args.longValue("replay-timeout", 600, 10, 86_400)),
                heap,
                words(args.string("replay-args", "")),
                args.doubleValue("freshness-rate", 1000, 1, 100_000),
                args.intValue("freshness-connections", 32, 1, 1024),
                Duration.ofSeconds(args.longValue("freshness-duration", 30, 1, 3600)),
                Duration.ofMillis(args.longValue("freshness-poll-ms", 10, 1, 10_000)),
                args.longValue("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE),
                Progress.Mode.parse(args.string("progress", "auto")),
                args.longValue("queries-events", 10_000_000, 0, 1_000_000_000),
                args.intValue("queries-requests", 50, 1, 100_000));
    }

    boolean runs(Step step) {
        return this.steps.contains(step);
    }

    static Set<Step> steps(String list) throws UsageException {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        for (String name : list.split(",")) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            Step found = null;
            for (Step step : Step.values()) {
                if (step.wireName().equals(trimmed)) {
                    found = step;
                }
            }
            if (found == null) {
                throw new UsageException(
                        "--steps takes kafka, batch, single, replay, freshness and queries, not '" + name.trim() + "'");
            }
            steps.add(found);
        }
        if (steps.isEmpty()) {
            throw new UsageException("--steps names no step");
        }
        return steps;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    private static List<Integer> counts(Args args, String name, String fallback) throws UsageException {
        String raw = args.string(name, fallback);
        List<Integer> values = new ArrayList<>();
        for (String part : raw.split(",")) {
            try {
                int value = Integer.parseInt(part.trim());
                if (value < 1 || value > 1024) {
                    throw new UsageException("--" + name + " values must be between 1 and 1024, not " + value);
                }
                values.add(value);
            } catch (NumberFormatException ex) {
                throw new UsageException("--" + name + " must be a comma-separated list of numbers, not '" + raw + "'");
            }
        }
        return List.copyOf(values);
    }

    private static URI url(Args args, String name, String fallback) throws UsageException {
        String raw = args.string(name, fallback);
        try {
            URI uri = new URI(raw);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UsageException(
                        "--" + name + " must be an http(s) URL like " + fallback + ", not '" + raw + "'");
            }
            return uri;
        } catch (URISyntaxException ex) {
            throw new UsageException("--" + name + " is not a URL: '" + raw + "'");
        }
    }
}
