package io.gojichain.tools.bench;

import io.gojichain.contracts.GojiJson;
import io.gojichain.tools.ApiKeys;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The public endpoints the bench drives: sales ingest and the insights summary. */
final class StackApi {

    /**
     * What the bench reads from {@code GET /api/v1/insights/summary}.
     *
     * @param events counted events per type (after de-duplication)
     * @param revenue per currency
     */
    record Summary(Map<String, Long> events, Map<String, BigDecimal> revenue) {

        long total() {
            return this.events.values().stream().mapToLong(Long::longValue).sum();
        }

        long sold() {
            return this.events.getOrDefault("sold", 0L);
        }

        BigDecimal revenue(String currency) {
            return this.revenue.getOrDefault(currency, BigDecimal.ZERO);
        }

        static Summary parse(JsonNode json) {
            Map<String, Long> events = new LinkedHashMap<>();
            json.path("events")
                    .properties()
                    .forEach(e -> events.put(e.getKey(), e.getValue().asLong()));
            Map<String, BigDecimal> revenue = new LinkedHashMap<>();
            json.path("revenue")
                    .properties()
                    .forEach(e ->
                            revenue.put(e.getKey(), new BigDecimal(e.getValue().asString())));
            return new Summary(events, revenue);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** insights-service's counter of events counted into its stores, over all types. */
    static final String PROCESSED_METER = "goji.insights.events.processed";

    private final HttpClient client;

    private final URI salesBase;

    private final URI single;

    private final URI batch;

    private final URI summary;

    private final URI demand;

    private final URI processed;

    StackApi(HttpClient client, URI salesBase, URI insightsBase) {
        this.client = client;
        this.salesBase = salesBase;
        this.single = resolve(salesBase, "/api/v1/sales");
        this.batch = resolve(salesBase, "/api/v1/sales/batch");
        this.summary = resolve(insightsBase, "/api/v1/insights/summary");
        this.demand = resolve(insightsBase, "/api/v1/insights/demand");
        this.processed = resolve(insightsBase, "/actuator/metrics/" + PROCESSED_METER);
    }

    /** HTTP/1.1 with keep-alive: what the services speak; no h2c upgrade round trip. */
    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    StackApi withInsights(URI insightsBase) {
        return new StackApi(this.client, this.salesBase, insightsBase);
    }

    URI summaryUri() {
        return this.summary;
    }

    int postSingle(byte[] body) throws IOException, InterruptedException {
        return this.client
                .send(post(this.single, body), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    CompletableFuture<Integer> postSingleAsync(byte[] body) {
        return this.client
                .sendAsync(post(this.single, body), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    int postBatch(byte[] body) throws IOException, InterruptedException {
        return this.client
                .send(post(this.batch, body), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The summary, or empty when insights-service does not answer 200 (starting, restoring, down). */
    Optional<Summary> summary() throws InterruptedException {
        HttpRequest request = ApiKeys.local()
                .authorize(HttpRequest.newBuilder(this.summary), this.summary)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(Summary.parse(GojiJson.mapper().readTree(response.body())));
        } catch (IOException | JacksonException ex) {
            return Optional.empty();
        }
    }

    /**
     * Events counted since the instance started, from its {@code /actuator/metrics} endpoint (which
     * the bench exposes on the instances it starts): a counter read, cheap beside the summary, which
     * walks every fact. Empty when the endpoint does not answer.
     */
    Optional<Long> processedEvents() throws InterruptedException {
        HttpRequest request = ApiKeys.local()
                .authorize(HttpRequest.newBuilder(this.processed), this.processed)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            for (JsonNode m : GojiJson.mapper().readTree(response.body()).path("measurements")) {
                if ("COUNT".equals(m.path("statistic").asString(""))) {
                    return Optional.of(Math.round(m.path("value").asDouble()));
                }
            }
            return Optional.empty();
        } catch (IOException | JacksonException ex) {
            return Optional.empty();
        }
    }

    /**
     * Revenue in {@code currency} summed over the rows of {@code GET /api/v1/insights/demand} by
     * product form and day from {@code from} to {@code to}: a range scan over those days only, so
     * it stays cheap however much else has been counted. Empty when it does not answer 200.
     */
    Optional<BigDecimal> demandRevenue(String currency, LocalDate from, LocalDate to) throws InterruptedException {
        URI uri = URI.create(this.demand + "?dimension=productForm&bucket=day&from=" + from + "&to=" + to);
        HttpRequest request = ApiKeys.local()
                .authorize(HttpRequest.newBuilder(uri), uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode row : GojiJson.mapper().readTree(response.body()).path("rows")) {
                JsonNode amount = row.path("revenue").path(currency);
                if (amount.isValueNode()) {
                    sum = sum.add(new BigDecimal(amount.asString()));
                }
            }
            return Optional.of(sum);
        } catch (IOException | JacksonException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static HttpRequest post(URI uri, byte[] body) {
        return ApiKeys.local()
                .authorize(HttpRequest.newBuilder(uri), uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    static URI resolve(URI base, String path) {
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text + path);
    }
}
