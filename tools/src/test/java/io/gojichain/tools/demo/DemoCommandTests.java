package io.gojichain.tools.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DemoCommandTests {

    private static final List<GojiEvent> SMALL =
            SeasonSimulator.generate(new SeasonSettings(42, 2026, 0.1)).events();

    private StubServices stub;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        this.stub = new StubServices();
    }

    @AfterEach
    void stop() {
        this.stub.close();
    }

    @Test
    void sendsTheSeasonAndSaysTheInsightsSummaryMatches() {
        int status = demo("--size", "small", "--progress", "lines");

        assertThat(status).as(output()).isZero();
        assertThat(this.stub.acceptedIds()).hasSize(SMALL.size());
        assertThat(out()).contains(String.format("Sent %,d events", SMALL.size()));
        assertThat(out()).contains("\"unitsSold\"").contains("\"revenue\"");
        assertThat(out()).contains("insights summary matches");
        // a plain line per 10 % when stderr is not a terminal
        assertThat(err().lines().filter(l -> l.startsWith("demo ")).count()).isEqualTo(10);
        assertThat(err()).contains("demo 100%");
    }

    @Test
    void sendingTheSameSeedAgainIsCountedOnceAndStillMatches() {
        assertThat(demo("--size", "small", "--progress", "off")).isZero();
        this.out.reset();

        int status = demo("--size", "small", "--progress", "off");

        assertThat(status).as(output()).isZero();
        assertThat(this.stub.requests().stream()
                        .mapToLong(r -> r.eventIds().size())
                        .sum())
                .isEqualTo(2L * SMALL.size());
        assertThat(this.stub.acceptedIds()).hasSize(SMALL.size());
        assertThat(out()).contains("insights summary matches (after");
    }

    @Test
    void anotherSeedOnTopOfEarlierDataMatchesWhatWasThereBeforePlusWhatWasSent() {
        assertThat(demo("--size", "small", "--seed", "1", "--progress", "off")).isZero();
        this.out.reset();

        int status = demo("--size", "small", "--seed", "2", "--progress", "off");

        assertThat(status).as(output()).isZero();
        assertThat(out()).contains("insights summary matches: what it held before plus what was sent");
    }

    @Test
    void aSummaryThatDoesNotMatchIsReportedFieldByField() {
        // one sale short once there are sales (before sending there are none, so this is not an offset)
        this.stub.editSummary(summary -> {
            ObjectNode events = (ObjectNode) summary.get("events");
            long sold = events.get("sold").asLong();
            events.put("sold", Math.max(0, sold - 1));
            return summary;
        });

        int status = demo("--size", "small", "--progress", "off", "--check-timeout", "1");

        assertThat(status).isEqualTo(3);
        long sold = SMALL.stream()
                .filter(e -> e.eventType().wireName().equals("sold"))
                .count();
        assertThat(out()).contains("insights summary differs after 1.0 s");
        assertThat(out()).contains("  events.sold: expected " + sold + ", got " + (sold - 1));
    }

    @Test
    void withoutInsightsServiceTheCheckIsSkipped() throws Exception {
        int status = demo("--size", "small", "--progress", "off", "--insights-url", "http://127.0.0.1:" + freePort());

        assertThat(status).as(output()).isZero();
        assertThat(out()).contains("insights-service does not answer at").contains("summary not checked");
    }

    @Test
    void aDryRunPrintsTheSummaryAndPostsNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("season.ndjson");

        int status = demo("--size", "small", "--dry-run", "--out", file.toString());

        assertThat(status).as(output()).isZero();
        assertThat(this.stub.requests()).isEmpty();
        JsonNode printed = GojiJson.mapper().readTree(out().substring(out().indexOf('{')));
        // totals computed by the stub from the request bodies, compared by value (1.50 equals 1.5)
        JsonNode expected = StubServices.totals(bodies(SMALL));
        assertThat(SeasonSummary.fromJson(expected).differences(SeasonSummary.fromJson(printed)))
                .isEmpty();
        assertThat(printed.propertyNames()).containsExactlyElementsOf(expected.propertyNames());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(SMALL.size());
        assertThat(lines.get(0)).isEqualTo(GojiJson.mapper().writeValueAsString(IngestApi.body(SMALL.get(0), true)));
        GojiEvent last = SMALL.get(SMALL.size() - 1);
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo(GojiJson.mapper().writeValueAsString(IngestApi.body(last, true)));
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("\"eventType\":"));
    }

    @Test
    void aSeasonInTheFutureIsRefusedBeforeAnythingIsSent() {
        int status = demo("--size", "small", "--season-year", "2999");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("later than tomorrow");
        assertThat(this.stub.requests()).isEmpty();
    }

    @Test
    void helpAndBadOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out())
                .contains("Usage: ./goji demo [options]")
                .contains("--seed N")
                .contains("--rate R");
        assertThat(run("--size", "huge")).isEqualTo(2);
        assertThat(err()).contains("--size must be small, season or large, not 'huge'");
        assertThat(run("--batch-size", "1001")).isEqualTo(2);
        assertThat(err()).contains("--batch-size must be between 1 and 1000");
        assertThat(run("--size", "small", "--events", "500")).isEqualTo(2);
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err()).contains("unknown option --bogus");
        assertThat(run("--harvest-url", "localhost:8081")).isEqualTo(2);
    }

    /** Request bodies as the stub sees them, tagged with their endpoint. */
    private static List<JsonNode> bodies(List<GojiEvent> events) {
        List<JsonNode> bodies = new ArrayList<>();
        for (GojiEvent event : events) {
            String path = StubServices.INGEST_PATHS.get(event.eventType().ordinal());
            bodies.add(IngestApi.body(event, false).put("path", path));
        }
        return bodies;
    }

    private int demo(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        String url = this.stub.url().toString();
        for (String option : List.of("--harvest-url", "--processing-url", "--sales-url", "--insights-url")) {
            if (!all.contains(option)) {
                all.add(option);
                all.add(url);
            }
        }
        return DemoCommand.run(all, stream(this.out), stream(this.err));
    }

    private int run(String... args) {
        return DemoCommand.run(List.of(args), stream(this.out), stream(this.err));
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return this.out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return this.err.toString(StandardCharsets.UTF_8);
    }

    private String output() {
        return out() + err();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
