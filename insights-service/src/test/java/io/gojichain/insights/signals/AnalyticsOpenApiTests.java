package io.gojichain.insights.signals;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.JsonExamples;
import io.gojichain.insights.web.InsightProblemResponses;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description of the analytics endpoints carries their parameters, responses and examples. */
@WebMvcTest(
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "io\\.gojichain\\.insights\\.(forecast|supply|signals)\\.\\w+Controller"))
@ImportAutoConfiguration({
    SpringDocConfiguration.class,
    SpringDocConfigProperties.class,
    SpringDocWebMvcConfiguration.class
})
@Import({AnalyticsSliceConfig.class, InsightProblemResponses.class})
class AnalyticsOpenApiTests {

    @Autowired
    private MockMvc mvc;

    @Test
    void describesTheThreeEndpointsWithExamples() throws Exception {
        String body = this.mvc
                .perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode paths = JsonExamples.tree(body).get("paths");

        JsonNode signals = paths.get("/api/v1/insights/signals").get("get");
        assertThat(signals.get("parameters").findValuesAsString("name")).containsExactly("from", "to");
        JsonNode ok = signals.get("responses").get("200").get("content").get("application/json");
        assertThat(ok.get("examples")
                        .get("a week in September")
                        .get("value")
                        .get("signals")
                        .size())
                .isEqualTo(7);
        assertThat(signals.get("responses").has("400")).isTrue();
        assertThat(signals.get("responses").has("503")).isTrue();

        JsonNode forecast = paths.get("/api/v1/insights/forecast").get("get");
        // its own 400 kept, the 503 every query can answer added once for all (InsightProblemResponses)
        assertThat(forecast.get("responses").get("400").get("description").asString())
                .isEqualTo("Unknown productForm or channel, or days outside 1-60");
        assertThat(forecast.get("responses").get("503").get("description").asString())
                .startsWith("Stores not queryable yet");
        assertThat(forecast.get("responses").get("503").get("content").has("application/problem+json"))
                .isTrue();
        assertThat(forecast.get("parameters").findValuesAsString("name"))
                .containsExactly("productForm", "channel", "days");
        assertThat(paths.get("/api/v1/insights/supply-demand")
                        .get("get")
                        .get("parameters")
                        .findValuesAsString("name"))
                .containsExactly("asOf");

        JsonNode schemas = JsonExamples.tree(body).get("components").get("schemas");
        assertThat(schemas.has("SignalsResponse")).isTrue();
        assertThat(schemas.get("Signal")
                        .get("properties")
                        .get("evidence")
                        .get("oneOf")
                        .size())
                .isEqualTo(7);
    }
}
