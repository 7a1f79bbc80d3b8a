package io.gojichain.processing.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.testing.TestKeys;
import io.gojichain.boot.web.PlainTextDeserializer;
import io.gojichain.contracts.Dried;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The web contract of the intake with Kafka replaced by a test double: answers, problem details
 * and field paths for every class of bad input.
 */
@WebMvcTest(ProcessingController.class)
@Import({ProcessingRequestRules.class, ProcessingControllerTests.TestBeans.class})
class ProcessingControllerTests {

    static final Instant NOW = Instant.parse("2026-07-09T06:00:00Z");

    static final String INSTANT = "must be an ISO-8601 instant with offset, e.g. 2026-07-02T09:30:00+08:00";

    static final String DRIED = """
            {
              "eventTime": "2026-07-09T04:00:00Z",
              "batchId": "P03-D-0709-01",
              "processorId": "P03",
              "inputs": [
                {"lotId": "JH-2026-0702-F017", "quantityKg": 900},
                {"lotId": "JH-2026-0702-F021", "quantityKg": 450.25}
              ],
              "method": "hot_air",
              "outputKg": 300.05,
              "grade": "special"
            }
            """;

    static final String JUICED = """
            {
              "eventId": "c0ffee00-1234-4abc-8def-0123456789ab",
              "eventTime": "2026-07-03T10:15:00+02:00",
              "batchId": "P07-J-0703-02",
              "processorId": "P07",
              "inputs": [{"lotId": "JH-2026-0702-F033", "quantityKg": 650}],
              "product": "nfc_juice",
              "outputLiters": 500
            }
            """;

    @TestConfiguration
    static class TestBeans {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @MockitoBean
    EventPublisher publisher;

    // --- 202 ---------------------------------------------------------------------------------

    @Test
    void driedIsPublishedAndAnsweredWithWhereItLanded() throws Exception {
        given(publisher.publish(any())).willReturn(new EventPublisher.Published(Topics.DRIED, 4, 17));

        String body = postJson("/api/v1/processing/dried", DRIED)
                .andExpect(status().isAccepted())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.topic").value("goji.dried.v1"))
                .andExpect(jsonPath("$.partition").value(4))
                .andExpect(jsonPath("$.offset").value(17))
                .andExpect(jsonPath("$.eventId").isString())
                .andExpect(jsonPath("$.*", hasSize(4)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        ArgumentCaptor<GojiEvent> published = ArgumentCaptor.forClass(GojiEvent.class);
        verify(publisher).publish(published.capture());
        Dried event = (Dried) published.getValue();
        assertThat(body).contains(event.eventId().toString());
        assertThat(event)
                .isEqualTo(new Dried(
                        event.eventId(),
                        EventType.DRIED,
                        Instant.parse("2026-07-09T04:00:00Z"),
                        NOW,
                        "processing-service",
                        1,
                        "P03-D-0709-01",
                        "P03",
                        List.of(
                                new LotInput("JH-2026-0702-F017", new BigDecimal("900")),
                                new LotInput("JH-2026-0702-F021", new BigDecimal("450.25"))),
                        DryingMethod.HOT_AIR,
                        new BigDecimal("300.05"),
                        Grade.SPECIAL,
                        "county-data"));
    }

    @Test
    void juicedKeepsTheClientsEventIdAndNormalisesTheOffset() throws Exception {
        given(publisher.publish(any())).willReturn(new EventPublisher.Published(Topics.JUICED, 0, 3));

        postJson("/api/v1/processing/juiced", JUICED)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.eventId").value("c0ffee00-1234-4abc-8def-0123456789ab"))
                .andExpect(jsonPath("$.topic").value("goji.juiced.v1"))
                .andExpect(jsonPath("$.partition").value(0))
                .andExpect(jsonPath("$.offset").value(3));

        ArgumentCaptor<GojiEvent> published = ArgumentCaptor.forClass(GojiEvent.class);
        verify(publisher).publish(published.capture());
        assertThat(published.getValue())
                .isEqualTo(new Juiced(
                        UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab"),
                        EventType.JUICED,
                        Instant.parse("2026-07-03T08:15:00Z"),
                        NOW,
                        "processing-service",
                        1,
                        "P07-J-0703-02",
                        "P07",
                        List.of(new LotInput("JH-2026-0702-F033", new BigDecimal("650"))),
                        JuiceProduct.NFC_JUICE,
                        new BigDecimal("500"),
                        null,
                        "county-data"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchIsPublishedTogetherAndAnsweredWithTheIdsInOrder() throws Exception {
        String second = DRIED.replace("\"P03-D-0709-01\"", "\"P03-D-0709-02\"")
                .replace("{\n", "{\n  \"eventId\": \"11111111-2222-4333-8444-555555555555\",\n");

        String body = postJson("/api/v1/processing/dried/batch", "[" + DRIED + "," + second + "]")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.eventIds", hasSize(2)))
                .andExpect(jsonPath("$.eventIds[1]").value("11111111-2222-4333-8444-555555555555"))
                .andExpect(jsonPath("$.*", hasSize(2)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        ArgumentCaptor<List<GojiEvent>> published = ArgumentCaptor.forClass(List.class);
        verify(publisher).publishAll(published.capture());
        List<GojiEvent> events = published.getValue();
        assertThat(events).extracting(e -> ((Dried) e).batchId()).containsExactly("P03-D-0709-01", "P03-D-0709-02");
        assertThat(body).contains("\"eventIds\":[\"" + events.get(0).eventId() + "\",");
        verify(publisher, never()).publish(any());
    }

    @Test
    void aJuicedBatchIsPublishedTogether() throws Exception {
        postJson("/api/v1/processing/juiced/batch", "[" + JUICED + "]")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.eventIds[0]").value("c0ffee00-1234-4abc-8def-0123456789ab"));
        verify(publisher).publishAll(anyList());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        given(publisher.publish(any())).willReturn(new EventPublisher.Published(Topics.DRIED, 0, 0));
        postJson("/api/v1/processing/dried", DRIED.replace("{\n", "{\n  \"moistureTarget\": 11.5,\n"))
                .andExpect(status().isAccepted());
    }

    // --- 400 ---------------------------------------------------------------------------------

    @Test
    void anArrayWhereOneEventBelongsIsInvalid() throws Exception {
        postJson("/api/v1/processing/dried", "[" + DRIED + "]")
                .andExpect(status().isBadRequest())
                .andExpect(problem("https://gojichain.io/problems/invalid-event", 400))
                .andExpect(jsonPath("$.errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an object"));
    }

    @Test
    void aStringForANumberIsTheWrongType() throws Exception {
        postJson("/api/v1/processing/dried", DRIED.replace("\"outputKg\": 300.05", "\"outputKg\": \"300.05\""))
                .andExpect(status().isBadRequest())
                .andExpect(problem("https://gojichain.io/problems/invalid-event", 400))
                .andExpect(onlyError("outputKg", "must be a number"));
    }

    @Test
    void aNumberForAStringIsTheWrongType() throws Exception {
        postJson("/api/v1/processing/dried", DRIED.replace("\"processorId\": \"P03\"", "\"processorId\": 3"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("processorId", "must be a string"));
    }

    @Test
    void aNestedWrongTypeIsReportedWithItsPath() throws Exception {
        postJson("/api/v1/processing/juiced", JUICED.replace("\"quantityKg\": 650", "\"quantityKg\": true"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("inputs[0].quantityKg", "must be a number"));
    }

    @Test
    void inputsMustBeAnArray() throws Exception {
        postJson(
                        "/api/v1/processing/juiced",
                        JUICED.replace(
                                "[{\"lotId\": \"JH-2026-0702-F033\", \"quantityKg\": 650}]",
                                "{\"lotId\": \"JH-2026-0702-F033\", \"quantityKg\": 650}"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("inputs", "must be an array"));
    }

    @Test
    void anUnknownMethodListsTheAllowedOnes() throws Exception {
        postJson("/api/v1/processing/dried", DRIED.replace("\"hot_air\"", "\"microwave\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("method", "must be one of: sun, hot_air, freeze"));
    }

    @Test
    void anUnknownProductListsTheAllowedOnes() throws Exception {
        postJson("/api/v1/processing/juiced", JUICED.replace("\"nfc_juice\"", "\"concentrate\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("product", "must be one of: nfc_juice, pulp"));
    }

    @Test
    void enumsAreNotReadFromNumbersOrOtherCases() throws Exception {
        postJson("/api/v1/processing/dried", DRIED.replace("\"hot_air\"", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("method", "must be one of: sun, hot_air, freeze"));
        postJson("/api/v1/processing/dried", DRIED.replace("\"hot_air\"", "\"HOT_AIR\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("method", "must be one of: sun, hot_air, freeze"));
        postJson("/api/v1/processing/dried", DRIED.replace("\"special\"", "\"grade_c\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("grade", "must be one of: premium, special, grade_a, grade_b"));
    }

    @Test
    void anEventTimeWithoutOffsetIsRefused() throws Exception {
        postJson("/api/v1/processing/dried", DRIED.replace("2026-07-09T04:00:00Z", "2026-07-09T04:00:00"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("eventTime", INSTANT));
    }

    @Test
    void anEventTimeAsEpochNumberIsRefused() throws Exception {
        postJson("/api/v1/processing/dried", DRIED.replace("\"2026-07-09T04:00:00Z\"", "1783569600"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("eventTime", INSTANT));
        postJson("/api/v1/processing/dried", DRIED.replace("\"2026-07-09T04:00:00Z\"", "\"1783569600\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("eventTime", INSTANT));
    }

    @Test
    void anEventTimeTooFarAheadIsRefused() throws Exception {
        postJson("/api/v1/processing/dried", DRIED.replace("2026-07-09T04:00:00Z", "2026-07-10T06:00:01Z"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("eventTime", "must not be more than 1 day in the future"));
    }

    @Test
    void aMalformedEventIdIsRefused() throws Exception {
        postJson("/api/v1/processing/juiced", JUICED.replace("c0ffee00-1234-4abc-8def-0123456789ab", "42"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("eventId", "must be a UUID, e.g. 7b2e4f10-2c3d-4e5f-8a9b-0c1d2e3f4a5b"));
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        double rejectedBefore = rejected("dried", "invalid");
        postJson("/api/v1/processing/dried", DRIED.replace("\"outputKg\": 300.05,", ""))
                .andExpect(status().isBadRequest())
                .andExpect(problem("https://gojichain.io/problems/invalid-event", 400))
                .andExpect(onlyError("outputKg", "must not be null"));
        assertThat(rejected("dried", "invalid")).isEqualTo(rejectedBefore + 1);
        verifyNoInteractions(publisher);
    }

    @Test
    void everyBrokenRuleIsListed() throws Exception {
        String broken = DRIED.replace("\"outputKg\": 300.05", "\"outputKg\": 2000")
                .replace("\"P03-D-0709-01\"", "\"P03 D\"")
                .replace("\"quantityKg\": 900}", "\"quantityKg\": 0.0001}");
        postJson("/api/v1/processing/dried", broken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("batchId"))
                .andExpect(jsonPath("$.errors[1].field").value("inputs[0].quantityKg"))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("must have at most 3 decimal places (and at most 9 integer digits)"))
                .andExpect(jsonPath("$.errors[2].field").value("outputKg"))
                .andExpect(
                        jsonPath("$.errors[2].message").value("must not exceed the total input quantityKg (450.2501)"));
    }

    @Test
    void aBrokenBatchItemIsNamedByItsIndexAndNothingIsPublished() throws Exception {
        String bad = DRIED.replace("\"quantityKg\": 900}", "\"quantityKg\": -1}");
        postJson("/api/v1/processing/dried/batch", "[" + DRIED + "," + DRIED + "," + DRIED + "," + bad + "]")
                .andExpect(status().isBadRequest())
                .andExpect(problem("https://gojichain.io/problems/invalid-event", 400))
                .andExpect(onlyError("[3].inputs[0].quantityKg", "must be greater than 0"));
        verifyNoInteractions(publisher);
    }

    @Test
    void aBatchItemOfTheWrongShapeIsNamedByItsIndex() throws Exception {
        String bad = JUICED.replace("\"nfc_juice\"", "\"syrup\"");
        postJson("/api/v1/processing/juiced/batch", "[" + JUICED + "," + JUICED + "," + JUICED + "," + bad + "]")
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("[3].product", "must be one of: nfc_juice, pulp"));
        verifyNoInteractions(publisher);
    }

    @Test
    void aNullBatchItemIsNamedByItsIndex() throws Exception {
        postJson("/api/v1/processing/juiced/batch", "[" + JUICED + ", null]")
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("[1]", "must be an event object, not null"));
    }

    @Test
    void anEmptyBatchIsRefused() throws Exception {
        postJson("/api/v1/processing/dried/batch", "[]")
                .andExpect(status().isBadRequest())
                .andExpect(problem("https://gojichain.io/problems/invalid-event", 400))
                .andExpect(onlyError("$", "batch must hold 1 to 1000 events"));
    }

    // --- 413, 415, 404, 405 ------------------------------------------------------------------

    @Test
    void aBatchOf1001IsTooLarge() throws Exception {
        double rejectedBefore = rejected("dried", "too_large");
        String small = "{\"eventTime\":\"2026-07-09T04:00:00Z\",\"batchId\":\"B\",\"processorId\":\"P\","
                + "\"inputs\":[{\"lotId\":\"L\",\"quantityKg\":2}],\"method\":\"sun\",\"outputKg\":1}";
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 1001; i++) {
            batch.add(small);
        }
        postJson("/api/v1/processing/dried/batch", batch.toString())
                .andExpect(status().isContentTooLarge())
                .andExpect(problem("https://gojichain.io/problems/payload-too-large", 413))
                .andExpect(jsonPath("$.detail")
                        .value("Batch holds 1001 events; at most 1000 are accepted in one request."));
        // The items are known: every one of them was turned away.
        assertThat(rejected("dried", "too_large")).isEqualTo(rejectedBefore + 1001);
        verifyNoInteractions(publisher);
    }

    @Test
    void aBatchOf1000IsAccepted() throws Exception {
        String small = "{\"eventTime\":\"2026-07-09T04:00:00Z\",\"batchId\":\"B\",\"processorId\":\"P\","
                + "\"inputs\":[{\"lotId\":\"L\",\"quantityKg\":2}],\"method\":\"sun\",\"outputKg\":1}";
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 1000; i++) {
            batch.add(small);
        }
        postJson("/api/v1/processing/dried/batch", batch.toString())
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(1000));
    }

    // --- 503, 500 ----------------------------------------------------------------------------

    // --- access (docs/CONTRACT.md section 5) ----------------------------------------------------

    @Test
    void aProcessorKeyPostsOnlyForItsOwnPlant() throws Exception {
        given(publisher.publish(any())).willReturn(new EventPublisher.Published(Topics.DRIED, 0, 1));
        // DRIED names P03, the test processor key's organisation; JUICED names P07.
        postJson("/api/v1/processing/dried", DRIED, TestKeys.PROCESSOR).andExpect(status().isAccepted());
        ArgumentCaptor<GojiEvent> published = ArgumentCaptor.forClass(GojiEvent.class);
        verify(publisher).publish(published.capture());
        assertThat(published.getValue().submittedBy()).isEqualTo("P03");

        postJson("/api/v1/processing/juiced", JUICED, TestKeys.PROCESSOR)
                .andExpect(status().isForbidden())
                .andExpect(problem("https://gojichain.io/problems/forbidden", 403))
                .andExpect(jsonPath("$.errors[0].field").value("processorId"));
        postJson(
                        "/api/v1/processing/dried/batch",
                        "[" + DRIED + "," + DRIED.replace("\"P03\"", "\"P04\"") + "]",
                        TestKeys.PROCESSOR)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("[1].processorId"));
        then(publisher).should(never()).publishAll(anyList());
    }

    @Test
    void onlyProcessorAndIntegratorKeysPostProcessing() throws Exception {
        for (TestKeys.Key key :
                List.of(TestKeys.COOPERATIVE, TestKeys.SELLER, TestKeys.ANALYST, TestKeys.OPS, TestKeys.INTERNAL)) {
            postJson("/api/v1/processing/dried", DRIED, key)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/forbidden"));
            postJson("/api/v1/processing/juiced/batch", "[" + JUICED + "]", key).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/processing/dried")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRIED))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/unauthenticated"));
        verifyNoInteractions(publisher);
    }

    // --- helpers -----------------------------------------------------------------------------

    /** With an integrator's key: these tests are about bodies (access has its own tests below). */
    private ResultActions postJson(String path, String json) throws Exception {
        return postJson(path, json, TestKeys.INTEGRATOR);
    }

    private ResultActions postJson(String path, String json, TestKeys.Key key) throws Exception {
        return mvc.perform(post(path)
                .with(TestKeys.asToken(key))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    /** The RFC 9457 frame every error shares, and no stack trace or class name in it. */
    private static ResultMatcher problem(String type, int status) {
        return all(
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value(type),
                jsonPath("$.status").value(status),
                jsonPath("$.title").isString(),
                jsonPath("$.detail").isString(),
                jsonPath("$.instance").value(containsString("/api/v1/processing/")),
                noStackTrace());
    }

    private static ResultMatcher noStackTrace() {
        return all(
                content().string(not(containsString("Exception"))),
                content().string(not(containsString("\tat "))),
                content().string(not(containsString("io.gojichain"))),
                content().string(not(containsString("java."))),
                content().string(not(containsString("tools.jackson"))));
    }

    private static ResultMatcher onlyError(String field, String message) {
        return all(
                jsonPath("$.errors", hasSize(1)),
                jsonPath("$.errors[0].field").value(field),
                jsonPath("$.errors[0].message").value(message));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    private double rejected(String type, String reason) {
        var counter = meters.find("goji.ingest.events.rejected")
                .tags("type", type, "reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void hiddenCharactersInTextAreNamed() throws Exception {
        postJson("/api/v1/processing/dried", DRIED.replace("\"P03\"", "\"P03\\u0000\""))
                .andExpect(status().isBadRequest())
                .andExpect(problem("https://gojichain.io/problems/invalid-event", 400))
                .andExpect(onlyError("processorId", PlainTextDeserializer.MESSAGE));
        then(publisher).shouldHaveNoInteractions();
    }
}
