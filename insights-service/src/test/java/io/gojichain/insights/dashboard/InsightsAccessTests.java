package io.gojichain.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.boot.testing.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/CONTRACT.md section 5 on insights-service, over real HTTP through the real introspector and the test key file
 * (the whole service, sharing the dashboard tests' context): each endpoint class against no key, a wrong secret, a
 * revoked key and each role. {@code 0} in a row stands for "past access": whatever the endpoint itself answers
 * (200, 404, 503 ...), but neither 401 nor 403.
 */
class InsightsAccessTests extends DashboardServiceContext {

    private static final String NONE = "none";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void eachEndpointClassAnswersEachKeyAsItsRoleAllows() throws Exception {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                                         none wrong revoked analyst ops integrator internal coop p03 shop
        expected.put("GET /api/v1/insights/summary", List.of(401, 401, 401, 200, 403, 403, 403, 403, 403, 403));
        expected.put("GET /api/v1/insights/demand", List.of(401, 401, 401, 200, 403, 403, 403, 403, 403, 403));
        expected.put("GET /api/v1/insights/signals", List.of(401, 401, 401, 200, 403, 403, 403, 403, 403, 403));
        expected.put("GET /api/v1/trace/lots/L-1", List.of(401, 401, 401, 0, 403, 403, 403, 403, 403, 403));
        expected.put("POST /api/v1/insights/summary", List.of(401, 401, 401, 405, 405, 405, 405, 405, 405, 405));
        expected.put(
                "GET /internal/v1/stores/x/entries?op=all", List.of(401, 401, 401, 403, 403, 403, 0, 403, 403, 403));
        expected.put("GET /actuator/prometheus", List.of(401, 401, 401, 403, 200, 403, 403, 403, 403, 403));
        expected.put("GET /actuator/health/liveness", List.of(200, 401, 401, 200, 200, 200, 200, 200, 200, 200));
        // the dashboard's files and the API description: public, whatever key a browser still holds
        for (String file : List.of("/", "/index.html", "/farmer.html", "/dashboard.js", "/v3/api-docs")) {
            expected.put("GET " + file, List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        }

        List<String> keys = new ArrayList<>(List.of(NONE, TestKeys.WRONG, TestKeys.REVOKED.token()));
        TestKeys.ALL.forEach(key -> keys.add(key.token()));
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> row : expected.entrySet()) {
            String[] request = row.getKey().split(" ", 2);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                int status = send(request[0], request[1], keys.get(i)).statusCode();
                boolean pastAccess = status != 401 && status != 403;
                statuses.add(row.getValue().get(i) == 0 && pastAccess ? 0 : status);
            }
            actual.put(row.getKey(), statuses);
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void a401SaysBearerAndNothingAboutTheKey() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String key : List.of(NONE, TestKeys.WRONG, TestKeys.REVOKED.token(), "nobody.x")) {
            HttpResponse<String> refused = send("GET", "/api/v1/insights/summary", key);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            bodies.add(refused.body());
        }
        assertThat(bodies).containsOnly(bodies.get(0));
        assertThat(bodies.get(0))
                .contains("\"type\":\"https://gojichain.io/problems/unauthenticated\"")
                .contains("\"instance\":\"/api/v1/insights/summary\"");
        HttpResponse<String> forbidden = send("GET", "/api/v1/insights/summary", TestKeys.OPS.token());
        assertThat(forbidden.body()).contains("\"type\":\"https://gojichain.io/problems/forbidden\"");
    }

    private HttpResponse<String> send(String method, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path.substring(1)))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (!NONE.equals(key)) {
            request.header("Authorization", "Bearer " + key);
        }
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
