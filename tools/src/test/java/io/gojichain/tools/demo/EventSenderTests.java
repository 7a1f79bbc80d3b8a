package io.gojichain.tools.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.tools.demo.StubServices.Request;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventSenderTests {

    private static final List<GojiEvent> EVENTS =
            SeasonSimulator.generate(new SeasonSettings(7, 2026, 0.05)).events();

    private static final Map<EventType, String> PATHS = Map.of(
            EventType.HARVESTED, "/api/v1/harvests/batch",
            EventType.DRIED, "/api/v1/processing/dried/batch",
            EventType.JUICED, "/api/v1/processing/juiced/batch",
            EventType.SOLD, "/api/v1/sales/batch");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    private final List<String> retries = new CopyOnWriteArrayList<>();

    private final AtomicLong acceptedEvents = new AtomicLong();

    private StubServices stub;

    @BeforeEach
    void start() throws Exception {
        this.stub = new StubServices();
    }

    @AfterEach
    void stop() {
        this.stub.close();
    }

    @Test
    void postsEveryEventOnceInOrderInBatchesOfOneTypeToItsEndpoint() throws Exception {
        sender(this.stub.url(), 50, 0).send(EVENTS);

        assertThat(this.stub.acceptedIds())
                .containsExactlyElementsOf(
                        EVENTS.stream().map(e -> e.eventId().toString()).toList());
        List<String> postedIds = new ArrayList<>();
        int index = 0;
        for (Request request : this.stub.requests()) {
            assertThat(request.status()).isEqualTo(202);
            assertThat(request.contentType()).isEqualTo("application/json");
            JsonNode items = request.json();
            assertThat(items.size()).isBetween(1, 50);
            for (JsonNode item : items) {
                GojiEvent event = EVENTS.get(index++);
                assertThat(request.path()).isEqualTo(PATHS.get(event.eventType()));
                assertThat(item.get("eventId").asString())
                        .isEqualTo(event.eventId().toString());
                // the service stamps these itself
                assertThat(item.has("recordTime")).isFalse();
                assertThat(item.has("source")).isFalse();
                assertThat(item.has("schemaVersion")).isFalse();
                assertThat(item.has("eventType")).isFalse();
                postedIds.add(item.get("eventId").asString());
            }
        }
        assertThat(postedIds).hasSize(EVENTS.size()).doesNotHaveDuplicates();
        assertThat(this.acceptedEvents.get()).isEqualTo(EVENTS.size());
        assertThat(this.sleeps).isEmpty();
    }

    @Test
    void a503IsRetriedAfterRetryAfterWithTheSameEventIds() throws Exception {
        this.stub.unavailableOnce("/api/v1/sales/batch");

        sender(this.stub.url(), 50, 0).send(EVENTS);

        List<Request> requests = this.stub.requests();
        int refused = -1;
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).status() == 503) {
                assertThat(refused).as("one 503").isEqualTo(-1);
                refused = i;
            }
        }
        assertThat(refused).isNotNegative();
        Request retry = requests.get(refused + 1);
        assertThat(retry.path()).isEqualTo("/api/v1/sales/batch");
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.eventIds()).isEqualTo(requests.get(refused).eventIds());
        assertThat(retry.body()).isEqualTo(requests.get(refused).body());
        assertThat(this.sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(this.retries).hasSize(1);
        assertThat(this.retries.get(0)).contains("503 from sales-service");
        // nothing counted twice: every id accepted exactly once
        long acceptedItems = requests.stream()
                .filter(r -> r.status() == 202)
                .mapToLong(r -> r.eventIds().size())
                .sum();
        assertThat(acceptedItems).isEqualTo(EVENTS.size());
        assertThat(this.stub.acceptedIds()).hasSize(EVENTS.size());
    }

    @Test
    void aRejectedBatchStopsTheRunWithTheServicesProblem() {
        this.stub.rejectWith(400);

        assertThatThrownBy(() -> sender(this.stub.url(), 50, 0).send(EVENTS))
                .isInstanceOf(EventSender.SendFailedException.class)
                .hasMessageContaining("harvest-service rejected a batch of")
                .hasMessageContaining("harvested events with 400")
                .hasMessageContaining("[0].quantityKg");
        assertThat(this.stub.requests()).hasSize(1);
        assertThat(this.sleeps).isEmpty();
    }

    @Test
    void anUnreachableServiceIsRetriedWithBackoffThenGivenUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        assertThatThrownBy(() ->
                        sender(URI.create("http://127.0.0.1:" + port), 50, 0).send(EVENTS))
                .isInstanceOf(EventSender.SendFailedException.class)
                .hasMessageContaining("gave up after 8 attempts")
                .hasMessageContaining("harvest-service not reachable");
        assertThat(this.sleeps)
                .containsExactly(Arrays.stream(new long[] {500, 1000, 2000, 4000, 8000, 10_000, 10_000})
                        .mapToObj(Duration::ofMillis)
                        .toArray(Duration[]::new));
    }

    @Test
    void aRateSpacesTheBatchesOut() throws Exception {
        AtomicLong now = new AtomicLong();
        List<Duration> waited = new ArrayList<>();
        EventSender.Sleeper clockSleeper = d -> {
            waited.add(d);
            now.addAndGet(d.toNanos());
        };
        EventSender sender =
                new EventSender(this.client, api(this.stub.url()), 200, 100, listener(), clockSleeper, now::get);
        // at 100 events/s, batches of 20: about five requests a second
        assertThat(sender.effectiveBatchSize()).isEqualTo(20);

        sender.send(EVENTS);

        int lastBatch = this.stub
                .requests()
                .get(this.stub.requests().size() - 1)
                .eventIds()
                .size();
        long slept = waited.stream().mapToLong(Duration::toNanos).sum();
        // the last batch is due when all the others were sent at 100 events/s
        assertThat(slept).isEqualTo((long) ((EVENTS.size() - lastBatch) / 100.0 * 1e9));
        assertThat(this.stub.requests())
                .allSatisfy(r -> assertThat(r.eventIds()).hasSizeLessThanOrEqualTo(20));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDateAndCappedAtAMinute() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 28, 15, 0, 0, 0, ZoneOffset.UTC);
        assertThat(EventSender.parseRetryAfter("5", now)).contains(Duration.ofSeconds(5));
        assertThat(EventSender.parseRetryAfter("Sat, 28 Nov 2026 15:00:07 GMT", now))
                .contains(Duration.ofSeconds(7));
        assertThat(EventSender.parseRetryAfter("Sat, 28 Nov 2026 14:00:00 GMT", now))
                .contains(Duration.ZERO);
        assertThat(EventSender.parseRetryAfter("3600", now)).contains(Duration.ofSeconds(60));
        assertThat(EventSender.parseRetryAfter("soon", now)).isEmpty();
    }

    @Test
    void backoffDoublesFromHalfASecondUpToTenSeconds() {
        assertThat(EventSender.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(EventSender.backoff(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(EventSender.backoff(30)).isEqualTo(Duration.ofSeconds(10));
    }

    private EventSender sender(URI base, int batchSize, double rate) {
        return new EventSender(this.client, api(base), batchSize, rate, listener(), this.sleeps::add);
    }

    private static IngestApi api(URI base) {
        return new IngestApi(base, base, base);
    }

    private EventSender.Listener listener() {
        return new EventSender.Listener() {
            @Override
            public void accepted(List<GojiEvent> batch) {
                EventSenderTests.this.acceptedEvents.addAndGet(batch.size());
            }

            @Override
            public void retrying(EventType type, String reason, Duration wait, int attempt) {
                EventSenderTests.this.retries.add(reason);
            }
        };
    }
}
