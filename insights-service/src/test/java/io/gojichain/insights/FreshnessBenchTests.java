package io.gojichain.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gojichain.contracts.BuyerRegion;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import io.gojichain.contracts.Topics;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * Freshness: from the broker acknowledging an event (when an ingest service answers 202) to the
 * event being visible over HTTP in /summary and in /demand, under a steady background load of
 * sales. Not part of the default build (tag "bench"); run it with
 *
 * <pre>
 * ./mvnw -q -pl insights-service verify -Dgroups=bench -DexcludedGroups=none -Dtest=FreshnessBenchTests \
 *     [-Dgoji.bench.probes=300] [-Dgoji.bench.rate=200] [-Dgoji.bench.label=cache-0] \
 *     [-Dgoji.bench.args=--spring.kafka.streams.state-store-cache-max-size=1MB]
 * </pre>
 *
 * The service runs with its shipped application.yml (exactly-once, commit interval, cache) plus
 * {@code goji.bench.args}. Each probe is one order line in the test currency XTS (for /summary) or
 * of a probe SKU (for /demand), published and acknowledged, then polled for every 5 ms until it
 * shows. Results go to the log and to {@code target/freshness-<label>.txt}.
 */
@Tag("bench")
@EmbeddedKafka(
        partitions = 6,
        topics = {Topics.HARVESTED, Topics.DRIED, Topics.JUICED, Topics.SOLD, Topics.INSIGHTS_DEAD_LETTER})
class FreshnessBenchTests {

    private static final Logger log = LoggerFactory.getLogger(FreshnessBenchTests.class);

    private static final String PROBE_CURRENCY = "XTS";

    private static final String PROBE_SKU = "BENCH-PROBE";

    private static final Duration POLL = Duration.ofMillis(5);

    @Test
    void freshnessUnderModerateLoad(EmbeddedKafkaBroker broker) throws Exception {
        int probes = Integer.getInteger("goji.bench.probes", 300);
        int rate = Integer.getInteger("goji.bench.rate", 200);
        int warmUp = Integer.getInteger("goji.bench.warmup", 2000);
        String label = System.getProperty("goji.bench.label", "default");
        String extraArgs = System.getProperty("goji.bench.args", "").trim();
        String loadBefore = loadAverage();

        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.kafka.streams.state-dir="
                        + Path.of("target", "bench-state", UUID.randomUUID().toString())
                                .toAbsolutePath(),
                "--server.port=0"));
        if (!extraArgs.isEmpty()) {
            args.addAll(Arrays.asList(extraArgs.split("\\s+")));
        }
        ChainScenario background = new ChainScenario(7L, Instant::now);
        try (IngestPublisher publisher = new IngestPublisher(broker.getBrokersAsString());
                ConfigurableApplicationContext insights = new SpringApplicationBuilder(InsightsServiceApplication.class)
                        .run(args.toArray(String[]::new))) {
            InsightsClient client = new InsightsClient(
                    insights.getEnvironment().getRequiredProperty("local.server.port", Integer.class));

            publisher.batches(background.events(0, 0, 0, warmUp), 100);
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        JsonNode summary = client.getJson("/api/v1/insights/summary");
                        assertThat(summary).isNotNull();
                        assertThat(summary.at("/events/sold").asLong()).isEqualTo(warmUp);
                    });

            AtomicLong sent = new AtomicLong();
            ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
            int perTick = Math.max(1, rate / 100);
            load.scheduleAtFixedRate(
                    () -> background.events(0, 0, 0, perTick).forEach(event -> {
                        publisher.oneAsync(event);
                        sent.incrementAndGet();
                    }),
                    0,
                    10,
                    TimeUnit.MILLISECONDS);
            long loadStart = System.nanoTime();
            String prometheusBefore = client.body("/actuator/prometheus");
            long[] summaryMillis;
            long[] demandMillis;
            try {
                summaryMillis = measure(probes, publisher, PROBE_CURRENCY, "BENCH-SUMMARY", count -> {
                    JsonNode summary = client.getJson("/api/v1/insights/summary");
                    JsonNode amount = (summary == null) ? null : summary.at("/revenue/" + PROBE_CURRENCY);
                    return amount != null
                            && !amount.isMissingNode()
                            && new BigDecimal(amount.asString()).compareTo(BigDecimal.valueOf(count)) >= 0;
                });
                demandMillis = measure(probes, publisher, "CNY", PROBE_SKU, count -> {
                    LocalDate today = LocalDate.now(ExpectedInsights.ZONE);
                    JsonNode demand = client.getJson(
                            "/api/v1/insights/demand?dimension=sku&bucket=day&from=" + today + "&to=" + today);
                    if (demand == null) {
                        return false;
                    }
                    for (JsonNode row : demand.get("rows")) {
                        if (row.get("key").asString().equals(PROBE_SKU)) {
                            return row.get("units").asLong() >= count;
                        }
                    }
                    return false;
                });
            } finally {
                load.shutdownNow();
            }
            double achievedRate = sent.get() / ((System.nanoTime() - loadStart) / 1e9);
            String engineAge = eventAge(prometheusBefore, client.body("/actuator/prometheus"));

            String report = String.join(
                    "\n",
                    "freshness (" + label + "): broker ack -> visible over HTTP",
                    "date: " + Instant.now(),
                    "service args: " + (extraArgs.isEmpty() ? "(application.yml as shipped)" : extraArgs),
                    "background load: " + String.format("%.0f", achievedRate) + " sold events/s (asked " + rate + "), "
                            + sent.get() + " events, after a warm-up of " + warmUp,
                    "machine load average before / after: " + loadBefore + " / " + loadAverage(),
                    "/summary " + percentiles(summaryMillis),
                    "/demand  " + percentiles(demandMillis),
                    "engine only (goji.insights.event.age of sold events during the probes): " + engineAge,
                    "/summary histogram: " + histogram(summaryMillis),
                    "/demand  histogram: " + histogram(demandMillis),
                    "");
            log.info("\n{}", report);
            Files.writeString(Path.of("target", "freshness-" + label + ".txt"), report, StandardCharsets.UTF_8);
            StringBuilder series = new StringBuilder("probe,summary_ms,demand_ms\n");
            for (int i = 0; i < probes; i++) {
                series.append(i + 1)
                        .append(',')
                        .append(summaryMillis[i])
                        .append(',')
                        .append(demandMillis[i])
                        .append('\n');
            }
            Files.writeString(
                    Path.of("target", "freshness-" + label + ".csv"), series.toString(), StandardCharsets.UTF_8);
        }
    }

    /** Whether the first {@code count} probes are visible; may throw on a broken answer. */
    @FunctionalInterface
    private interface Visible {
        boolean upTo(long count) throws Exception;
    }

    private static long[] measure(int probes, IngestPublisher publisher, String currency, String sku, Visible visible)
            throws Exception {
        long[] millis = new long[probes];
        for (int i = 1; i <= probes; i++) {
            publisher.one(List.of(probe(currency, sku)));
            long acknowledged = System.nanoTime();
            long count = i;
            await().atMost(Duration.ofSeconds(60))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(() -> visible.upTo(count));
            millis[i - 1] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - acknowledged);
        }
        return millis;
    }

    private static GojiEvent probe(String currency, String sku) {
        Instant now = Instant.now();
        return new Sold(
                UUID.randomUUID(),
                EventType.SOLD,
                now,
                now,
                "sales-service",
                1,
                "PROBE-" + UUID.randomUUID(),
                sku,
                ProductForm.DRIED,
                null,
                1,
                new BigDecimal("0.25"),
                PackUnit.KG,
                new BigDecimal("1.00"),
                currency,
                Channel.ONLINE,
                "jd",
                null,
                new BuyerRegion("Bench", null),
                null);
    }

    private static String percentiles(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(
                "n=%d  p50=%d ms  p90=%d ms  p99=%d ms  max=%d ms",
                sorted.length, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    /** Counts per latency band, to show the shape of the tail. */
    private static String histogram(long[] millis) {
        long[] bounds = {10, 25, 50, 100, 250, 500, 1000, 2500, Long.MAX_VALUE};
        long[] counts = new long[bounds.length];
        for (long value : millis) {
            int band = 0;
            while (value > bounds[band]) {
                band++;
            }
            counts[band]++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bounds.length; i++) {
            text.append((bounds[i] == Long.MAX_VALUE) ? ">2500" : "<=" + bounds[i])
                    .append(':')
                    .append(counts[i]);
            text.append((i < bounds.length - 1) ? "  " : "");
        }
        return text.toString();
    }

    /**
     * p50 and p99 of the engine's own event-age histogram (recordTime to counting) between two
     * scrapes, as the upper bound of the Prometheus bucket that holds them.
     */
    private static String eventAge(String before, String after) {
        java.util.Map<Double, Double> start = buckets(before);
        List<double[]> window = new ArrayList<>();
        buckets(after)
                .forEach((upper, count) -> window.add(new double[] {upper, count - start.getOrDefault(upper, 0.0)}));
        if (window.isEmpty()) {
            return "n/a";
        }
        window.sort((a, b) -> Double.compare(a[0], b[0]));
        double total = window.get(window.size() - 1)[1];
        return "n=" + (long) total + "  p50<=" + bucketBound(window, total * 0.50) + "  p99<="
                + bucketBound(window, total * 0.99);
    }

    /** Cumulative bucket counts of the sold events' age: upper bound (s) -> count. */
    private static java.util.Map<Double, Double> buckets(String prometheus) {
        Pattern bucket =
                Pattern.compile("^goji_insights_event_age_seconds_bucket\\{([^}]*)\\} ([0-9.eE+]+)", Pattern.MULTILINE);
        Pattern le = Pattern.compile("le=\"([^\"]+)\"");
        java.util.Map<Double, Double> buckets = new java.util.TreeMap<>();
        Matcher matcher = bucket.matcher(prometheus);
        while (matcher.find()) {
            String labels = matcher.group(1);
            Matcher bound = le.matcher(labels);
            if (labels.contains("type=\"sold\"") && bound.find()) {
                double upper =
                        bound.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound.group(1));
                buckets.put(upper, Double.parseDouble(matcher.group(2)));
            }
        }
        return buckets;
    }

    private static String bucketBound(List<double[]> buckets, double rank) {
        for (double[] bucket : buckets) {
            if (bucket[1] >= rank) {
                return Double.isInfinite(bucket[0]) ? "+Inf" : Math.round(bucket[0] * 1000) + " ms";
            }
        }
        return "+Inf";
    }

    /** Nearest-rank percentile. */
    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception ex) {
            return "n/a";
        }
    }
}
