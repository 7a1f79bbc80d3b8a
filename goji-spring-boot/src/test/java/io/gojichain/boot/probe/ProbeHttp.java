package io.gojichain.boot.probe;

import io.gojichain.boot.testing.TestKeys;
import io.gojichain.contracts.GojiJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Real HTTP against the probe application on its random port. */
final class ProbeHttp {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;

    ProbeHttp(int port) {
        this.port = port;
    }

    /** A valid probe order line; {@code extra} adds fields, or replaces the quantity of 1 (keys may not repeat). */
    static String line(String orderId, String extra) {
        String quantity = extra.contains("\"quantity\"") ? "" : ", \"quantity\": 1";
        String more = extra.isEmpty() ? "" : ", " + extra;
        return "{\"eventTime\": \"2026-09-01T20:00:00+08:00\", \"orderId\": \"" + orderId + "\"" + quantity + more
                + "}";
    }

    static String uniqueTail() {
        return UUID.randomUUID().toString().substring(24);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.port + path);
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, "application/json", json);
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .GET()
                .timeout(Duration.ofSeconds(30))
                .build());
    }

    /** The request exactly as given: no key added. */
    HttpResponse<String> sendAsIs(HttpRequest request) throws Exception {
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        // A key by default (ops for the actuator, an integrator's elsewhere); a test that sets its own header keeps it.
        HttpRequest sent = request.headers().firstValue("Authorization").isPresent()
                ? request
                : HttpRequest.newBuilder(request, (name, value) -> true)
                        .header(
                                "Authorization",
                                request.uri().getPath().startsWith("/actuator")
                                        ? TestKeys.OPS.bearer()
                                        : TestKeys.INTEGRATOR.bearer())
                        .build();
        return this.http.send(sent, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String text) {
        return GojiJson.mapper().readTree(text);
    }
}
