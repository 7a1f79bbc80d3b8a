package io.gojichain.tools.demo;

import io.gojichain.contracts.GojiJson;
import io.gojichain.tools.ApiKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Asks insights-service for {@code GET /api/v1/insights/summary} until it equals what was sent.
 * The stack may be fresh (the summary is exactly what was sent) or may hold earlier data (the
 * summary is what it showed before plus what was sent); either counts as a match. Re-sending a
 * seed already counted changes nothing downstream, which also matches.
 */
final class InsightsCheck {

    static final String DEFAULT_URL = "http://localhost:8084";

    /** How the check ended. */
    enum Status {
        MATCH,
        MISMATCH,
        UNREACHABLE
    }

    record Outcome(Status status, String message, List<String> differences) {}

    private final HttpClient client;

    private final URI summaryUri;

    private final EventSender.Sleeper sleeper;

    private final LongSupplier nanoTime;

    InsightsCheck(HttpClient client, URI insightsBase, EventSender.Sleeper sleeper) {
        this(client, insightsBase, sleeper, System::nanoTime);
    }

    InsightsCheck(HttpClient client, URI insightsBase, EventSender.Sleeper sleeper, LongSupplier nanoTime) {
        this.client = client;
        String base = insightsBase.toString().replaceAll("/+$", "");
        this.summaryUri = URI.create(base + "/api/v1/insights/summary");
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    URI summaryUri() {
        return this.summaryUri;
    }

    /** The current summary, or null when insights-service does not answer it (down, not ready). */
    @Nullable
    SeasonSummary fetch() throws InterruptedException {
        return read().summary();
    }

    /** A summary, or none; {@code answered} is false when nothing listens (not started at all). */
    private record Reading(@Nullable SeasonSummary summary, boolean answered) {}

    private Reading read() throws InterruptedException {
        HttpRequest request = ApiKeys.local()
                .authorize(HttpRequest.newBuilder(this.summaryUri), this.summaryUri)
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // e.g. 503 while its Kafka Streams state is restoring: worth waiting for
                return new Reading(null, true);
            }
            return new Reading(SeasonSummary.fromJson(GojiJson.mapper().readTree(response.body())), true);
        } catch (JacksonException ex) {
            return new Reading(null, true);
        } catch (IOException ex) {
            return new Reading(null, false);
        }
    }

    /**
     * Polls about once a second until the summary matches or {@code timeout} has passed.
     *
     * @param before the summary read before sending, null when there was none
     */
    Outcome await(SeasonSummary sent, @Nullable SeasonSummary before, Duration timeout, Duration interval)
            throws InterruptedException {
        SeasonSummary onTop = before == null ? null : before.plus(sent);
        long start = this.nanoTime.getAsLong();
        long deadline = start + timeout.toNanos();
        List<String> last = null;
        boolean answered = false;
        while (true) {
            Reading reading = read();
            answered |= reading.answered();
            if (!answered) {
                // Nothing listens: insights-service is not part of this stack, no point in waiting.
                break;
            }
            SeasonSummary current = reading.summary();
            if (current != null) {
                List<String> exact = sent.differences(current);
                String after = seconds(this.nanoTime.getAsLong() - start);
                if (exact.isEmpty()) {
                    return new Outcome(Status.MATCH, "insights summary matches (after " + after + ")", List.of());
                }
                if (onTop != null) {
                    List<String> added = onTop.differences(current);
                    if (added.isEmpty()) {
                        return new Outcome(
                                Status.MATCH,
                                "insights summary matches: what it held before plus what was sent (after " + after
                                        + ")",
                                List.of());
                    }
                    last = added.size() < exact.size() ? added : exact;
                } else {
                    last = exact;
                }
            }
            if (this.nanoTime.getAsLong() >= deadline) {
                break;
            }
            this.sleeper.sleep(interval);
        }
        if (!answered) {
            return new Outcome(
                    Status.UNREACHABLE,
                    "insights-service does not answer at " + this.summaryUri + "; summary not checked",
                    List.of());
        }
        if (last == null) {
            return new Outcome(
                    Status.MISMATCH,
                    "insights-service answered " + this.summaryUri + " but gave no summary in "
                            + seconds(timeout.toNanos()) + " (not ready?)",
                    List.of());
        }
        return new Outcome(
                Status.MISMATCH,
                "insights summary differs after " + seconds(timeout.toNanos()) + " (expected = what was sent"
                        + (onTop == null ? "" : ", or what it held before plus what was sent") + "):",
                last);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
