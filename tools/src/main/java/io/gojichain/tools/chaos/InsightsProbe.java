package io.gojichain.tools.chaos;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiJson;
import io.gojichain.tools.ApiKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Asks {@code /api/v1/insights/summary} every few hundred milliseconds during the run, as a dashboard
 * would, and measures how long queries went unanswered: the longest stretch of 503s, and the longest
 * stretch without a 200 at all (503s and refused connections while the instance is down).
 */
final class InsightsProbe {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI summary;

    final AtomicLong queries = new AtomicLong();

    final AtomicLong ok = new AtomicLong();

    final AtomicLong notReady = new AtomicLong();

    final AtomicLong unreachable = new AtomicLong();

    final AtomicLong other = new AtomicLong();

    private volatile long longest503Nanos;

    private volatile long longestOutageNanos;

    private volatile boolean running = true;

    private Thread thread = new Thread(this::poll, "chaos-insights-probe");

    InsightsProbe(URI insights) {
        this.summary = URI.create(insights.toString().replaceAll("/+$", "") + "/api/v1/insights/summary");
    }

    void start() {
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void stop() throws InterruptedException {
        this.running = false;
        this.thread.join(5_000);
    }

    Duration longest503() {
        return Duration.ofNanos(this.longest503Nanos);
    }

    Duration longestOutage() {
        return Duration.ofNanos(this.longestOutageNanos);
    }

    private void poll() {
        long outageStart = -1;
        long run503Start = -1;
        while (this.running) {
            long now = System.nanoTime();
            int status = status();
            this.queries.incrementAndGet();
            if (status == 200) {
                this.ok.incrementAndGet();
            } else if (status == 503) {
                this.notReady.incrementAndGet();
            } else if (status < 0) {
                this.unreachable.incrementAndGet();
            } else {
                this.other.incrementAndGet();
            }
            if (status == 200) {
                outageStart = -1;
            } else if (outageStart < 0) {
                outageStart = now;
            }
            if (status == 503) {
                if (run503Start < 0) {
                    run503Start = now;
                }
                this.longest503Nanos = Math.max(this.longest503Nanos, System.nanoTime() - run503Start);
            } else {
                run503Start = -1;
            }
            if (outageStart >= 0) {
                this.longestOutageNanos = Math.max(this.longestOutageNanos, System.nanoTime() - outageStart);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private int status() {
        try {
            return this.http
                    .send(request(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest request() {
        return ApiKeys.local()
                .authorize(HttpRequest.newBuilder(this.summary), this.summary)
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
    }

    /** Events counted per type, or empty while insights cannot answer. */
    Optional<Map<EventType, Long>> counts() throws InterruptedException {
        try {
            HttpResponse<String> response = this.http.send(request(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode events = GojiJson.mapper().readTree(response.body()).get("events");
            Map<EventType, Long> counts = new EnumMap<>(EventType.class);
            for (EventType type : EventType.values()) {
                JsonNode count = events == null ? null : events.get(type.wireName());
                counts.put(type, count == null ? 0L : count.asLong());
            }
            return Optional.of(counts);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
