package io.gojichain.processing;

import io.gojichain.boot.testing.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP against the running service (no MockMvc), HTTP/1.1 like curl. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;

    Http(int port) {
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

    /** Sent without Content-Length (chunked), so only counting while reading can limit it. */
    HttpResponse<String> postJsonChunked(String path, byte[] json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                .build());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        // A real key through the real introspector: an integrator's (the scenarios post for P03 and P07), ops
        // for the actuator.
        return HttpRequest.newBuilder(URI.create(this.base + path))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        path.startsWith("/actuator") ? TestKeys.OPS.bearer() : TestKeys.INTEGRATOR.bearer());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
