package io.gojichain.tools.bench;

import io.gojichain.tools.ApiKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The queries step (issue 9): every insight endpoint over the longest period it accepts, on a
 * large state (the running instance topped up to --queries-events counted events first), timed
 * one request at a time from the client: what an analyst's dashboard tab waits for.
 */
final class QueryStep {

    private static final int WARMUP = 5;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private QueryStep() {}

    record EndpointLatency(String endpoint, String query, int status, long bytes, Latency latency) {}

    record QueriesResult(long countedEvents, long toppedUp, List<EndpointLatency> endpoints) {}

    static QueriesResult run(BenchRun run) throws Exception {
        BenchOptions options = run.options;
        run.say(
                "[6] Queries: every insight endpoint over its maximal period on a state of %,d events",
                options.queriesEvents());
        StackApi.Summary before = run.drain("the queries")
                .orElseThrow(() -> new IllegalStateException("insights-service gave no summary"));
        long toppedUp = 0;
        if (before.total() < options.queriesEvents()) {
            long missing = options.queriesEvents() - before.total();
            run.say("      the state holds %,d events; topping up with %,d sold events first", before.total(), missing);
            toppedUp = IngestStep.topUp(run, missing);
            before = run.drain("the queries")
                    .orElseThrow(() -> new IllegalStateException("insights-service did not count the top-up"));
        }
        LocalDate today = LocalDate.now(ZONE);
        String year = "from=" + today.minusDays(365) + "&to=" + today;
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("summary", "/api/v1/insights/summary");
        queries.put("demand (day x sku, 366 days)", "/api/v1/insights/demand?dimension=sku&bucket=day&" + year);
        queries.put(
                "demand (month x region, 3660 days)",
                "/api/v1/insights/demand?dimension=region&bucket=month&from=" + today.minusDays(3659) + "&to=" + today);
        queries.put("preferences (366 days)", "/api/v1/insights/preferences?" + year);
        queries.put("prices (366 days)", "/api/v1/insights/prices?" + year);
        queries.put("yields (366 days)", "/api/v1/insights/yields?" + year);
        queries.put("livestreams (366 days)", "/api/v1/insights/livestreams?" + year);
        queries.put("supply-demand (all time)", "/api/v1/insights/supply-demand?asOf=" + today);
        queries.put("signals (366 days)", "/api/v1/insights/signals?" + year);
        queries.put("forecast (60 days)", "/api/v1/insights/forecast?days=60");
        HttpClient client = StackApi.newClient();
        List<EndpointLatency> results = new ArrayList<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            URI uri = URI.create(options.insightsUrl() + query.getValue());
            HttpRequest request = ApiKeys.local()
                    .authorize(HttpRequest.newBuilder(uri), uri)
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build();
            Histogram micros = Latency.newHistogram();
            int status = 0;
            long bytes = 0;
            for (int i = 0; i < WARMUP + options.queriesRequests(); i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long took = (System.nanoTime() - start) / 1000;
                status = response.statusCode();
                bytes = response.body().length;
                if (i >= WARMUP) {
                    micros.recordValue(Math.max(1, took));
                }
            }
            Latency latency = Latency.of(micros);
            run.say(
                    "      %-36s %d, %,d bytes: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    query.getKey(), status, bytes, latency.p50Ms(), latency.p99Ms(), latency.maxMs());
            results.add(new EndpointLatency(query.getKey(), query.getValue(), status, bytes, latency));
        }
        return new QueriesResult(before.total(), toppedUp, results);
    }
}
