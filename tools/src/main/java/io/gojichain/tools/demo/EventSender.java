package io.gojichain.tools.demo;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.tools.ApiKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Posts events in their given order, as batches of consecutive events of one type, to the ingest
 * services. A batch that meets a 503 (or a lost connection) is re-sent byte for byte, so with the
 * same event ids: the contract counts an id once, so a retry can never count anything twice.
 */
final class EventSender {

    /** Waits; tests replace it to see what was waited for without waiting. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the sender tells its caller. */
    interface Listener {

        /** A batch was accepted (202) by its service. */
        void accepted(List<GojiEvent> batch);

        /** A batch will be sent again after {@code wait}. */
        void retrying(EventType type, String reason, Duration wait, int attempt);
    }

    /** Sending stopped: a batch was rejected or a service stayed unavailable. */
    static final class SendFailedException extends Exception {

        private static final long serialVersionUID = 1L;

        SendFailedException(String message) {
            super(message);
        }
    }

    /** Attempts per batch while the service answers 503 or 5xx. */
    static final int MAX_ATTEMPTS = 30;

    /** Attempts per batch while the service cannot be reached at all. */
    static final int MAX_UNREACHABLE_ATTEMPTS = 8;

    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;

    private final IngestApi api;

    private final int batchSize;

    private final double rate;

    private final Listener listener;

    private final Sleeper sleeper;

    private final LongSupplier nanoTime;

    /**
     * @param rate events per second, 0 for as fast as the services answer
     */
    EventSender(HttpClient client, IngestApi api, int batchSize, double rate, Listener listener, Sleeper sleeper) {
        this(client, api, batchSize, rate, listener, sleeper, System::nanoTime);
    }

    EventSender(
            HttpClient client,
            IngestApi api,
            int batchSize,
            double rate,
            Listener listener,
            Sleeper sleeper,
            LongSupplier nanoTime) {
        this.client = client;
        this.api = api;
        this.batchSize = batchSize;
        this.rate = rate;
        this.listener = listener;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    static Sleeper realSleeper() {
        return duration -> Thread.sleep(duration.toMillis());
    }

    /** The batch size used: at a set rate, small enough for about five requests a second. */
    int effectiveBatchSize() {
        if (this.rate > 0) {
            return (int) Math.max(1, Math.min(this.batchSize, Math.floor(this.rate / 5)));
        }
        return this.batchSize;
    }

    void send(List<GojiEvent> events) throws SendFailedException, InterruptedException {
        int size = effectiveBatchSize();
        long start = this.nanoTime.getAsLong();
        long sent = 0;
        int from = 0;
        while (from < events.size()) {
            EventType type = events.get(from).eventType();
            int to = from + 1;
            while (to < events.size() && to - from < size && events.get(to).eventType() == type) {
                to++;
            }
            List<GojiEvent> batch = events.subList(from, to);
            if (this.rate > 0) {
                long due = start + (long) (sent / this.rate * 1e9);
                long ahead = due - this.nanoTime.getAsLong();
                if (ahead > 0) {
                    this.sleeper.sleep(Duration.ofNanos(ahead));
                }
            }
            post(type, batch);
            this.listener.accepted(batch);
            sent += batch.size();
            from = to;
        }
    }

    private void post(EventType type, List<GojiEvent> batch) throws SendFailedException, InterruptedException {
        ArrayNode array = GojiJson.mapper().createArrayNode();
        for (GojiEvent event : batch) {
            array.add(IngestApi.body(event, false));
        }
        byte[] body = GojiJson.mapper().writeValueAsBytes(array);
        URI uri = this.api.batchUri(type);
        HttpRequest request = ApiKeys.local()
                .authorize(HttpRequest.newBuilder(uri), uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        String service = IngestApi.serviceOf(type);
        int unreachable = 0;
        for (int attempt = 1; ; attempt++) {
            String reason;
            Duration wait;
            try {
                HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    checkAccepted(service, type, batch.size(), response.body());
                    return;
                }
                unreachable = 0;
                if (status == 503 || status == 429) {
                    wait = retryAfter(response).orElse(backoff(attempt));
                    reason = status + " from " + service;
                } else if (status >= 500) {
                    wait = backoff(attempt);
                    reason = status + " from " + service;
                } else {
                    throw new SendFailedException(service + " rejected a batch of " + batch.size() + " "
                            + type.wireName() + " events with " + status + ": " + abbreviate(response.body()));
                }
            } catch (IOException ex) {
                unreachable++;
                wait = backoff(attempt);
                reason = service + " not reachable at " + uri + " ("
                        + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")";
                if (unreachable >= MAX_UNREACHABLE_ATTEMPTS) {
                    throw new SendFailedException("gave up after " + attempt + " attempts: " + reason);
                }
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new SendFailedException("gave up after " + attempt + " attempts: " + reason);
            }
            this.listener.retrying(type, reason, wait, attempt);
            this.sleeper.sleep(wait);
        }
    }

    private static void checkAccepted(String service, EventType type, int size, String body)
            throws SendFailedException {
        JsonNode json;
        try {
            json = GojiJson.mapper().readTree(body);
        } catch (JacksonException ex) {
            return;
        }
        JsonNode accepted = json.path("accepted");
        if (accepted.isNumber() && accepted.asLong() != size) {
            throw new SendFailedException(service + " accepted " + accepted.asLong() + " of a batch of " + size + " "
                    + type.wireName() + " events");
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .flatMap(value -> parseRetryAfter(value, ZonedDateTime.now(ZoneOffset.UTC)));
    }

    /** {@code Retry-After} as seconds or an HTTP date (RFC 9110), at least 0, at most a minute. */
    static Optional<Duration> parseRetryAfter(String header, ZonedDateTime now) {
        String value = header.trim();
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }

    /** 0.5 s, 1 s, 2 s ... at most 10 s. */
    static Duration backoff(int attempt) {
        long millis = 500L << Math.min(10, attempt - 1);
        return Duration.ofMillis(Math.min(10_000, millis));
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 2000 ? flat.substring(0, 2000) + " ..." : flat;
    }
}
