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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A steady load of requests through the three ingest services, as a careful client sends it: every
 * event has its own eventId, and a request answered 503 (or not answered at all) is sent again byte
 * for byte, with the same ids, until it is answered 202. The ids of every accepted event are kept,
 * per type, so that the end can compare them with what insights counted.
 */
final class ChaosLoad {

    /** What one request carries: mostly sales, as in a season, in batches and single posts. */
    enum Kind {
        SOLD_BATCH(EventType.SOLD, 25, 50),
        SOLD_SINGLE(EventType.SOLD, 1, 25),
        HARVESTED_SINGLE(EventType.HARVESTED, 1, 10),
        HARVESTED_BATCH(EventType.HARVESTED, 10, 5),
        DRIED_BATCH(EventType.DRIED, 5, 5),
        JUICED_SINGLE(EventType.JUICED, 1, 5);

        final EventType type;

        final int events;

        final int weight;

        Kind(EventType type, int events, int weight) {
            this.type = type;
            this.events = events;
            this.weight = weight;
        }

        boolean batch() {
            return this == SOLD_BATCH || this == HARVESTED_BATCH || this == DRIED_BATCH;
        }

        static Kind pick() {
            int total = 0;
            for (Kind kind : values()) {
                total += kind.weight;
            }
            int r = ThreadLocalRandom.current().nextInt(total);
            for (Kind kind : values()) {
                r -= kind.weight;
                if (r < 0) {
                    return kind;
                }
            }
            return SOLD_SINGLE;
        }
    }

    /** A request and the ids it carries; re-sent unchanged until it is answered 202. */
    record Request(EventType type, URI uri, String body, List<String> eventIds) {}

    /** Counters of the run, read by the report. */
    static final class Tally {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong sends = new AtomicLong();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong unavailable = new AtomicLong();
        final AtomicLong unreachable = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong retries = new AtomicLong();
        final AtomicReference<String> firstRejection = new AtomicReference<>();
        final Map<EventType, Set<String>> acceptedIds = new EnumMap<>(EventType.class);

        Tally() {
            for (EventType type : EventType.values()) {
                this.acceptedIds.put(type, ConcurrentHashMap.newKeySet());
            }
        }

        long acceptedEvents(EventType type) {
            return this.acceptedIds.get(type).size();
        }
    }

    private static final class Retry implements Delayed {
        final Request request;

        final long dueNanos;

        Retry(Request request, Duration wait) {
            this.request = request;
            this.dueNanos = System.nanoTime() + wait.toNanos();
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(this.dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final ChaosOptions options;

    private final ChaosEvents events;

    private final Tally tally = new Tally();

    private final DelayQueue<Retry> retries = new DelayQueue<>();

    private final AtomicLong inFlight = new AtomicLong();

    private final List<Thread> workers = new ArrayList<>();

    private volatile boolean generating = true;

    private volatile boolean running = true;

    private final long startNanos = System.nanoTime();

    private final AtomicLong issued = new AtomicLong();

    ChaosLoad(ChaosOptions options, ChaosEvents events) {
        this.options = options;
        this.events = events;
    }

    Tally tally() {
        return this.tally;
    }

    void start() {
        for (int i = 0; i < this.options.workers(); i++) {
            Thread worker = new Thread(this::work, "chaos-load-" + i);
            worker.setDaemon(true);
            this.workers.add(worker);
            worker.start();
        }
    }

    /** Stops making new requests; retries go on until {@link #drain} ends. */
    void stopGenerating() {
        this.generating = false;
    }

    /** Waits until no request is left to retry, or the time is up; returns the unresolved count. */
    long drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && (!this.retries.isEmpty() || this.inFlight.get() > 0)) {
            Thread.sleep(100);
        }
        this.running = false;
        for (Thread worker : this.workers) {
            worker.join(15_000);
        }
        return this.retries.size() + this.inFlight.get();
    }

    private void work() {
        while (this.running) {
            try {
                Retry due = this.retries.poll();
                if (due != null) {
                    this.tally.retries.incrementAndGet();
                    send(due.request);
                } else if (this.generating && paced()) {
                    this.tally.requests.incrementAndGet();
                    send(newRequest(Kind.pick()));
                } else {
                    Retry next = this.retries.poll(50, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        this.tally.retries.incrementAndGet();
                        send(next.request);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Open-loop pacing: request n is due at start + n / rate, whatever the answers before it took,
     * so a stalled service meets the load it would meet in the field. A worker claims the next slot
     * and sleeps until it is due.
     */
    private boolean paced() throws InterruptedException {
        long n = this.issued.getAndIncrement();
        long due = this.startNanos + (long) (n * 1e9 / this.options.rate());
        long wait = due - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return this.generating;
    }

    private Request newRequest(Kind kind) {
        List<String> ids = new ArrayList<>();
        String body;
        if (kind.batch()) {
            ArrayNode array = GojiJson.mapper().createArrayNode();
            for (int i = 0; i < kind.events; i++) {
                ObjectNode event = this.events.event(kind.type);
                ids.add(event.get("eventId").asString());
                array.add(event);
            }
            body = array.toString();
        } else {
            ObjectNode event = this.events.event(kind.type);
            ids.add(event.get("eventId").asString());
            body = event.toString();
        }
        return new Request(kind.type, this.options.endpoint(kind.type, kind.batch()), body, List.copyOf(ids));
    }

    private void send(Request request) throws InterruptedException {
        this.inFlight.incrementAndGet();
        try {
            this.tally.sends.incrementAndGet();
            HttpRequest http = ApiKeys.local()
                    .authorize(HttpRequest.newBuilder(request.uri()), request.uri())
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                    .build();
            HttpResponse<String> response;
            try {
                response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // No answer: the write may or may not have landed. Same ids again: counted once either way.
                this.tally.unreachable.incrementAndGet();
                this.retries.add(new Retry(request, Duration.ofSeconds(1)));
                return;
            }
            int status = response.statusCode();
            if (status == 202) {
                checkIds(request, response.body());
                this.tally.accepted.incrementAndGet();
                this.tally.acceptedIds.get(request.type()).addAll(request.eventIds());
            } else if (status == 503) {
                this.tally.unavailable.incrementAndGet();
                this.retries.add(new Retry(request, retryAfter(response).orElse(Duration.ofSeconds(1))));
            } else {
                this.tally.rejected.incrementAndGet();
                this.tally.firstRejection.compareAndSet(
                        null, status + " from " + request.uri() + ": " + abbreviate(response.body()));
            }
        } finally {
            this.inFlight.decrementAndGet();
        }
    }

    /** A 202 must name exactly the ids that were sent: anything else would make the count meaningless. */
    private void checkIds(Request request, String body) {
        JsonNode json = GojiJson.mapper().readTree(body);
        List<String> answered = new ArrayList<>();
        if (json.has("eventIds")) {
            json.get("eventIds").forEach(id -> answered.add(id.asString()));
        } else if (json.has("eventId")) {
            answered.add(json.get("eventId").asString());
        }
        if (!answered.equals(request.eventIds())) {
            this.tally.firstRejection.compareAndSet(
                    null, "202 from " + request.uri() + " named other eventIds than were sent: " + abbreviate(body));
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.min(30, Long.parseLong(value.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }
}
