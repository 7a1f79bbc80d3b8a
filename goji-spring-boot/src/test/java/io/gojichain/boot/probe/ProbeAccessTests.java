package io.gojichain.boot.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gojichain.boot.testing.TestKeyFile;
import io.gojichain.boot.testing.TestKeys;
import io.gojichain.boot.testing.TestKeys.Key;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * docs/CONTRACT.md section 5 over real HTTP, through the real introspector and a key file: who may do what (no key,
 * a wrong secret, a revoked key, each role), the 401 and 403 answers, the public probes without details, and a key
 * revoked (or added) in the file while the service runs. No broker: an ingest POST that gets past access is answered
 * 400 for its empty body, before anything is published.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.apache.kafka=OFF", "logging.level.org.springframework.kafka=OFF"})
@DirtiesContext
class ProbeAccessTests {

    private static final String NONE = "none";

    private static @Nullable Path keyFile;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keysAndNoKafka(DynamicPropertyRegistry registry) {
        keyFile = TestKeyFile.register(registry);
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + freePort());
        registry.add("goji.security.reload-interval", () -> "1s");
    }

    @Test
    void eachRoleDoesWhatItMayAndNothingElse() throws Exception {
        // path -> expected status for: no key, wrong secret, revoked, then each key of TestKeys.ALL
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                                  none wrong revoked analyst ops integrator internal coop p03 shop
        expected.put("POST " + ProbeApplication.PATH, List.of(401, 401, 401, 403, 403, 400, 403, 403, 403, 400));
        expected.put(
                "POST " + ProbeApplication.PATH + "/batch", List.of(401, 401, 401, 403, 403, 400, 403, 403, 403, 400));
        expected.put("GET /actuator/prometheus", List.of(401, 401, 401, 403, 200, 403, 403, 403, 403, 403));
        expected.put("GET /actuator/info", List.of(401, 401, 401, 403, 200, 403, 403, 403, 403, 403));
        expected.put("GET /api/v1/insights/summary", List.of(401, 401, 401, 404, 403, 403, 403, 403, 403, 403));
        expected.put("GET /internal/v1/stores/x/entries", List.of(401, 401, 401, 403, 403, 403, 404, 403, 403, 403));
        expected.put("GET /no/such/path", List.of(401, 401, 401, 404, 404, 404, 404, 404, 404, 404));
        // A probe needs no key; one that comes with a refused key is refused, as everywhere else.
        expected.put("GET /actuator/health/liveness", List.of(200, 401, 401, 200, 200, 200, 200, 200, 200, 200));
        expected.put("GET /v3/api-docs", List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200));

        List<String> keys = new java.util.ArrayList<>(List.of(NONE, TestKeys.WRONG, TestKeys.REVOKED.token()));
        TestKeys.ALL.stream().map(Key::token).forEach(keys::add);
        ProbeHttp http = new ProbeHttp(this.port);
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (String request : expected.keySet()) {
            String method = request.substring(0, request.indexOf(' '));
            String path = request.substring(request.indexOf(' ') + 1);
            List<Integer> statuses = new java.util.ArrayList<>();
            for (String key : keys) {
                statuses.add(send(http, method, path, key).statusCode());
            }
            actual.put(request, statuses);
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void refusedKeysGetOneAnswerThatSaysNothingAboutTheKey() throws Exception {
        ProbeHttp http = new ProbeHttp(this.port);
        String unknownId = "nobody." + TestKeys.ANALYST.secret();
        List<String> bodies = new java.util.ArrayList<>();
        for (String key :
                List.of(NONE, TestKeys.WRONG, TestKeys.REVOKED.token(), unknownId, "no-dot", "Basic eDp5", "Bearer")) {
            HttpResponse<String> response = send(http, "GET", "/actuator/prometheus", key);
            assertThat(response.statusCode()).as(key).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(key)
                    .hasValue("Bearer");
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            bodies.add(response.body());
        }
        assertThat(bodies).containsOnly(bodies.get(0));
        JsonNode problem = ProbeHttp.json(bodies.get(0));
        assertThat(problem.get("type").asString()).isEqualTo("https://gojichain.io/problems/unauthenticated");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asString()).isEqualTo("/actuator/prometheus");

        HttpResponse<String> forbidden = send(http, "GET", "/actuator/prometheus", TestKeys.ANALYST.token());
        assertThat(forbidden.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ProbeHttp.json(forbidden.body()).get("type").asString())
                .isEqualTo("https://gojichain.io/problems/forbidden");
    }

    @Test
    void theProbesArePublicWithTheirStatusOnly() throws Exception {
        ProbeHttp http = new ProbeHttp(this.port);
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> open = send(http, "GET", path, NONE);
            assertThat(open.statusCode()).as(path).isIn(200, 503);
            // The status (and, for the root, the names of the groups): no components, no details.
            assertThat(ProbeHttp.json(open.body()).propertyNames()).as(path).isSubsetOf("status", "groups");
        }
        HttpResponse<String> ops = send(http, "GET", "/actuator/health/readiness", TestKeys.OPS.token());
        assertThat(ProbeHttp.json(ops.body()).has("components")).isTrue();
    }

    @Test
    void aRevokedKeyIsRefusedWithin10SecondsAndANewKeyTakesWithoutRestart() throws Exception {
        ProbeHttp http = new ProbeHttp(this.port);
        Key fresh = new Key(
                "t-new", "goji-ops", "-", List.of("ops"), TestKeys.OPS.secret().replace('o', 'q'));
        assertThat(send(http, "GET", "/actuator/info", fresh.token()).statusCode())
                .isEqualTo(401);
        assertThat(send(http, "GET", "/actuator/info", TestKeys.OPS.token()).statusCode())
                .isEqualTo(200);

        TestKeyFile.append(keyFile(), TestKeys.line(fresh));
        TestKeyFile.revoke(keyFile(), TestKeys.OPS.id());
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> send(http, "GET", "/actuator/info", TestKeys.OPS.token())
                                .statusCode()
                        == 401);
        Duration refusedAfter = Duration.ofNanos(System.nanoTime() - start);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> send(http, "GET", "/actuator/info", fresh.token()).statusCode() == 200);
        assertThat(refusedAfter).isLessThan(Duration.ofSeconds(10));
    }

    private static Path keyFile() {
        if (keyFile == null) {
            throw new IllegalStateException("no key file registered");
        }
        return keyFile;
    }

    private static HttpResponse<String> send(ProbeHttp http, String method, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).timeout(Duration.ofSeconds(30));
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(path.endsWith("/batch") ? "[{}]" : "{}"));
        } else {
            request.GET();
        }
        if (!NONE.equals(key)) {
            request.header("Authorization", key.startsWith("Basic") || key.equals("Bearer") ? key : "Bearer " + key);
        }
        return http.sendAsIs(request.build());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
