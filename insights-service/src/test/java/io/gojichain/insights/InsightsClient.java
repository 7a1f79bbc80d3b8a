package io.gojichain.insights;

import io.gojichain.boot.testing.TestKeys;
import io.gojichain.contracts.GojiJson;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The insights API over real HTTP, answers turned into the canonical lines of {@link
 * ExpectedInsights}. A 503 (not ready) is "no answer yet"; any other non-200 fails at once.
 */
final class InsightsClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    InsightsClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The summary lines, or null while the service answers 503. */
    List<String> summary() throws Exception {
        JsonNode json = getJson("/api/v1/insights/summary");
        if (json == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        JsonNode events = json.get("events");
        for (String type : List.of("harvested", "dried", "juiced", "sold")) {
            lines.add("events." + type + "=" + events.get(type).asLong());
        }
        lines.add("harvestedKg=" + plain(json.get("harvestedKg")));
        lines.add("processedInputKg.dried=" + plain(json.at("/processedInputKg/dried")));
        lines.add("processedInputKg.juiced=" + plain(json.at("/processedInputKg/juiced")));
        lines.add("producedOutput.dried.kg=" + plain(json.at("/producedOutput/dried/kg")));
        lines.add("producedOutput.nfc_juice.L=" + plain(json.at("/producedOutput/nfc_juice/L")));
        lines.add("producedOutput.pulp.L=" + plain(json.at("/producedOutput/pulp/L")));
        lines.add("unitsSold=" + json.get("unitsSold").asLong());
        revenue(json.get("revenue")).forEach((currency, amount) -> lines.add("revenue." + currency + "=" + amount));
        lines.add("feKgSold=" + plain(json.get("feKgSold")));
        return lines;
    }

    /** The demand rows in the order the service sent them, or null while it answers 503. */
    List<String> demand(String dimension, String bucket, LocalDate from, LocalDate to) throws Exception {
        JsonNode json = getJson(
                "/api/v1/insights/demand?dimension=" + dimension + "&bucket=" + bucket + "&from=" + from + "&to=" + to);
        if (json == null) {
            return null;
        }
        List<String> rows = new ArrayList<>();
        for (JsonNode row : json.get("rows")) {
            rows.add(row.get("bucketStart").asString() + " " + row.get("key").asString() + " "
                    + row.get("orders").asLong() + " " + row.get("units").asLong() + " " + plain(row.get("feKg"))
                    + " " + revenue(row.get("revenue")));
        }
        return rows;
    }

    int status(String path) throws Exception {
        return get(path).statusCode();
    }

    String body(String path) throws Exception {
        return get(path).body();
    }

    /** {@code /actuator/prometheus} in the text format 0.0.4 (promtool cannot read OpenMetrics). */
    String prometheus() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/actuator/prometheus"))
                .header("Authorization", TestKeys.OPS.bearer())
                .header("Accept", "text/plain;version=0.0.4")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Type").orElse("").contains("version=0.0.4")) {
            throw new IllegalStateException("/actuator/prometheus answered " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("without a Content-Type"));
        }
        return response.body();
    }

    /** The JSON answer of {@code path}, or null while the service answers 503. */
    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() == 503) {
            if (response.headers().firstValue("Retry-After").isEmpty()) {
                throw new IllegalStateException("503 without Retry-After: " + response.body());
            }
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return GojiJson.mapper().readTree(response.body());
    }

    /** With the test analyst's key; the ops key for the actuator. */
    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
                .header(
                        "Authorization",
                        path.startsWith("/actuator") ? TestKeys.OPS.bearer() : TestKeys.ANALYST.bearer())
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> revenue(JsonNode json) {
        Map<String, String> revenue = new TreeMap<>();
        json.properties()
                .forEach(entry -> revenue.put(entry.getKey(), entry.getValue().asString()));
        return revenue;
    }

    private static String plain(JsonNode number) {
        if (!number.isNumber()) {
            throw new IllegalStateException("not a JSON number: " + number);
        }
        return ExpectedInsights.plain(new BigDecimal(number.asString()));
    }
}
