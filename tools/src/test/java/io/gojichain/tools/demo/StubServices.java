package io.gojichain.tools.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gojichain.contracts.GojiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The four services as far as the demo sees them, on 127.0.0.1: records every request, answers
 * 202 like the ingest services, can answer 503 with Retry-After once per path, and serves an
 * insights summary computed here from the accepted request bodies (duplicate ids counted once).
 */
final class StubServices implements AutoCloseable {

    record Request(String path, byte[] body, String contentType, int status) {

        JsonNode json() {
            return GojiJson.mapper().readTree(this.body);
        }

        List<String> eventIds() {
            List<String> ids = new ArrayList<>();
            json().forEach(item -> ids.add(item.get("eventId").asString()));
            return ids;
        }
    }

    static final List<String> INGEST_PATHS = List.of(
            "/api/v1/harvests/batch",
            "/api/v1/processing/dried/batch",
            "/api/v1/processing/juiced/batch",
            "/api/v1/sales/batch");

    private final HttpServer server;

    private final List<Request> requests = new ArrayList<>();

    private final Map<String, Integer> unavailableOnce = new HashMap<>();

    private final Map<String, JsonNode> accepted = new java.util.LinkedHashMap<>();

    private volatile int rejectWith;

    private volatile UnaryOperator<ObjectNode> summaryEdit = UnaryOperator.identity();

    StubServices() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (String path : INGEST_PATHS) {
            this.server.createContext(path, this::ingest);
        }
        this.server.createContext("/api/v1/insights/summary", this::summary);
        this.server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
    }

    /** The next request to {@code path} gets a 503 with {@code Retry-After: 1}. */
    synchronized void unavailableOnce(String path) {
        this.unavailableOnce.put(path, 1);
    }

    /** Every ingest request gets this status with a problem body. */
    void rejectWith(int status) {
        this.rejectWith = status;
    }

    /** Changes the served summary, e.g. to make it disagree. */
    void editSummary(UnaryOperator<ObjectNode> edit) {
        this.summaryEdit = edit;
    }

    synchronized List<Request> requests() {
        return List.copyOf(this.requests);
    }

    synchronized Set<String> acceptedIds() {
        return new LinkedHashSet<>(this.accepted.keySet());
    }

    private void ingest(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        int status;
        String answer;
        synchronized (this) {
            if (this.unavailableOnce.getOrDefault(path, 0) > 0) {
                this.unavailableOnce.put(path, 0);
                status = 503;
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer = "{\"type\":\"https://gojichain.io/problems/kafka-unavailable\",\"status\":503}";
            } else if (this.rejectWith != 0) {
                status = this.rejectWith;
                answer = "{\"title\":\"Bad Request\",\"status\":" + status
                        + ",\"errors\":[{\"field\":\"[0].quantityKg\",\"message\":\"must be greater than 0\"}]}";
            } else {
                status = 202;
                JsonNode items = GojiJson.mapper().readTree(body);
                List<String> ids = new ArrayList<>();
                for (JsonNode item : items) {
                    String id = item.get("eventId").asString();
                    ids.add(id);
                    // like insights: an id seen before is not counted again
                    ObjectNode typed = ((ObjectNode) item.deepCopy()).put("path", path);
                    this.accepted.putIfAbsent(id, typed);
                }
                answer = "{\"accepted\":" + ids.size() + ",\"eventIds\":"
                        + GojiJson.mapper().writeValueAsString(ids) + "}";
            }
            this.requests.add(new Request(path, body, contentType, status));
        }
        respond(exchange, status, answer);
    }

    private void summary(HttpExchange exchange) throws IOException {
        ObjectNode summary;
        synchronized (this) {
            summary = this.summaryEdit.apply(totals(this.accepted.values()));
        }
        respond(exchange, 200, GojiJson.mapper().writeValueAsString(summary));
    }

    /** The insights summary of accepted request bodies, computed independently of the demo's code. */
    static ObjectNode totals(Iterable<JsonNode> items) {
        long harvested = 0;
        long dried = 0;
        long juiced = 0;
        long sold = 0;
        long units = 0;
        BigDecimal harvestedKg = BigDecimal.ZERO;
        BigDecimal driedIn = BigDecimal.ZERO;
        BigDecimal juicedIn = BigDecimal.ZERO;
        BigDecimal driedKg = BigDecimal.ZERO;
        BigDecimal nfc = BigDecimal.ZERO;
        BigDecimal pulp = BigDecimal.ZERO;
        Map<String, BigDecimal> revenue = new TreeMap<>();
        revenue.put("CNY", BigDecimal.ZERO);
        for (JsonNode item : items) {
            String path = item.get("path").asString();
            if (path.contains("harvests")) {
                harvested++;
                harvestedKg = harvestedKg.add(item.get("quantityKg").decimalValue());
            } else if (path.contains("sales")) {
                sold++;
                int quantity = item.get("quantity").asInt();
                units += quantity;
                String currency = item.path("currency").asString("CNY");
                BigDecimal line =
                        new BigDecimal(item.get("unitPrice").asString()).multiply(BigDecimal.valueOf(quantity));
                revenue.merge(currency, line, BigDecimal::add);
            } else {
                BigDecimal in = BigDecimal.ZERO;
                for (JsonNode input : item.get("inputs")) {
                    in = in.add(input.get("quantityKg").decimalValue());
                }
                if (path.contains("dried")) {
                    dried++;
                    driedIn = driedIn.add(in);
                    driedKg = driedKg.add(item.get("outputKg").decimalValue());
                } else {
                    juiced++;
                    juicedIn = juicedIn.add(in);
                    if (item.get("product").asString().equals("nfc_juice")) {
                        nfc = nfc.add(item.get("outputLiters").decimalValue());
                    } else {
                        pulp = pulp.add(item.get("outputLiters").decimalValue());
                    }
                }
            }
        }
        ObjectNode root = GojiJson.mapper().createObjectNode();
        root.putObject("events")
                .put("harvested", harvested)
                .put("dried", dried)
                .put("juiced", juiced)
                .put("sold", sold);
        root.put("harvestedKg", harvestedKg);
        root.putObject("processedInputKg").put("dried", driedIn).put("juiced", juicedIn);
        ObjectNode produced = root.putObject("producedOutput");
        produced.putObject("dried").put("kg", driedKg);
        produced.putObject("nfc_juice").put("L", nfc);
        produced.putObject("pulp").put("L", pulp);
        root.put("unitsSold", units);
        ObjectNode money = root.putObject("revenue");
        revenue.forEach(
                (currency, amount) -> money.put(currency, amount.setScale(2).toPlainString()));
        return root;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
    }
}
