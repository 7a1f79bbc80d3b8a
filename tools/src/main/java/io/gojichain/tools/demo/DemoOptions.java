package io.gojichain.tools.demo;

import io.gojichain.tools.Args;
import io.gojichain.tools.Progress;
import io.gojichain.tools.UsageException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code demo}.
 *
 * @param scale the season's scale (1 = default season); ignored when {@code events} is set
 * @param events about this many events instead of a named size; 0 when not set
 * @param rate events per second, 0 = as fast as the services take them
 */
record DemoOptions(
        boolean help,
        long seed,
        int seasonYear,
        double scale,
        long events,
        double rate,
        int batchSize,
        IngestApi ingest,
        URI insightsUrl,
        boolean check,
        Duration checkTimeout,
        boolean dryRun,
        @Nullable Path out,
        Progress.Mode progress) {

    static final String USAGE = String.join(
            "\n",
            "Usage: ./goji demo [options]",
            "       java -jar tools/target/tools.jar demo [options]",
            "",
            "Simulates a goji season in Jinghe (picking rounds from late June, an autumn flush in",
            "September-October, drying and juicing, sales online, in shops and in livestream sessions),",
            "posts it through the ingest services' REST APIs and checks that insights-service counted",
            "exactly what was sent.",
            "",
            "Options:",
            "  --size small|season|large  how much: about 3k, 30k (default) or 300k events",
            "  --events N                 about N events instead of a --size",
            "  --seed N                   random seed (default 42); the same seed and size give the same",
            "                             events with the same eventIds, so a re-run is counted once",
            "  --season-year YYYY         year of the season (default 2026); it must lie in the past,",
            "                             the services refuse events more than a day ahead",
            "  --rate R                   events per second, 0 = as fast as the services answer (default 0)",
            "  --batch-size N             events per POST, 1-1000 (default 200)",
            "  --harvest-url URL          harvest-service (default " + IngestApi.DEFAULT_HARVEST + ")",
            "  --processing-url URL       processing-service (default " + IngestApi.DEFAULT_PROCESSING + ")",
            "  --sales-url URL            sales-service (default " + IngestApi.DEFAULT_SALES + ")",
            "  --insights-url URL         insights-service (default " + InsightsCheck.DEFAULT_URL + ")",
            "  --check-timeout S          seconds to wait for the insights summary to match (default 60)",
            "  --no-check                 do not compare with the insights summary",
            "  --dry-run                  generate and print the summary, post nothing",
            "  --out FILE                 also write the events to FILE as NDJSON (request bodies + eventType)",
            "  --progress MODE            auto (default: a bar on a terminal, else a line per 10 %),",
            "                             bar, lines or off; progress goes to stderr",
            "  --help                     this text",
            "",
            "Exit status: 0 sent (and the insights summary matches, or insights-service is not running),",
            "1 sending failed, 2 bad options, 3 the insights summary did not match in time.");

    private static final Set<String> FLAGS = Set.of("help", "dry-run", "no-check");

    private static final Set<String> VALUED = Set.of(
            "size",
            "events",
            "seed",
            "season-year",
            "rate",
            "batch-size",
            "harvest-url",
            "processing-url",
            "sales-url",
            "insights-url",
            "check-timeout",
            "out",
            "progress");

    static DemoOptions parse(List<String> argv) throws UsageException {
        if (argv.contains("--help") || argv.contains("-h")) {
            return defaults(true);
        }
        Args args = Args.parse(argv, FLAGS, VALUED);
        if (args.has("size") && args.has("events")) {
            throw new UsageException("give --size or --events, not both");
        }
        String out = args.string("out");
        return new DemoOptions(
                false,
                args.longValue("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE),
                args.intValue("season-year", 2026, 2000, 9999),
                scaleOf(args.string("size", "season")),
                args.longValue("events", 0, 100, 50_000_000),
                args.doubleValue("rate", 0, 0, 10_000_000),
                args.intValue("batch-size", 200, 1, 1000),
                new IngestApi(
                        args.url("harvest-url", IngestApi.DEFAULT_HARVEST),
                        args.url("processing-url", IngestApi.DEFAULT_PROCESSING),
                        args.url("sales-url", IngestApi.DEFAULT_SALES)),
                args.url("insights-url", InsightsCheck.DEFAULT_URL),
                !args.flag("no-check"),
                Duration.ofSeconds(args.longValue("check-timeout", 60, 0, 3600)),
                args.flag("dry-run"),
                out == null ? null : Path.of(out),
                Progress.Mode.parse(args.string("progress", "auto")));
    }

    private static DemoOptions defaults(boolean help) {
        return new DemoOptions(
                help,
                42,
                2026,
                1.0,
                0,
                0,
                200,
                new IngestApi(
                        URI.create(IngestApi.DEFAULT_HARVEST),
                        URI.create(IngestApi.DEFAULT_PROCESSING),
                        URI.create(IngestApi.DEFAULT_SALES)),
                URI.create(InsightsCheck.DEFAULT_URL),
                true,
                Duration.ofSeconds(60),
                false,
                null,
                Progress.Mode.OFF);
    }

    static double scaleOf(String size) throws UsageException {
        switch (size.toLowerCase(Locale.ROOT)) {
            case "small":
                return 0.1;
            case "season":
                return 1.0;
            case "large":
                return 10.0;
            default:
                throw new UsageException("--size must be small, season or large, not '" + size + "'");
        }
    }
}
