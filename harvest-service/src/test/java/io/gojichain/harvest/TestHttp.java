package io.gojichain.harvest;

import io.gojichain.boot.testing.TestKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** Real HTTP against a running service: what a client sees, chunked bodies included. */
final class TestHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final String base;

    TestHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A body without Content-Length (Transfer-Encoding: chunked). */
    HttpResponse<String> postChunked(String path, Supplier<InputStream> body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(body))
                .build());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        // Generous: a 503 takes up to the publish timeout, and the machine may be busy.
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
        // The co-operative's ingest key (the organisation the scenarios name), the ops key for the actuator.
        return request.header(
                "Authorization", path.startsWith("/actuator") ? TestKeys.OPS.bearer() : TestKeys.COOPERATIVE.bearer());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return this.client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
