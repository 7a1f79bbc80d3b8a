package io.gojichain.harvest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.testing.TestKeys;
import io.gojichain.boot.web.PlainTextDeserializer;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.Region;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The HTTP contract of the harvest endpoints in a web slice: Kafka is not involved (the publisher is a mock), so
 * every status and problem body can be provoked exactly.
 */
@WebMvcTest(HarvestController.class)
@Import({HarvestRequestRules.class, HarvestControllerTests.TestBeans.class})
class HarvestControllerTests {

    static final Instant NOW = Instant.parse("2026-07-02T04:00:00Z");

    private static final String PROBLEMS = "https://gojichain.io/problems/";

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MeterRegistry registry;

    @MockitoBean
    private EventPublisher publisher;

    static final String VALID = """
            {"eventTime": "2026-07-02T09:30:00+08:00", "lotId": "JH-2026-0702-F017", "farmId": "F017",
             "cooperativeId": "COOP-JH-03", "region": {"province": "Xinjiang", "county": "Jinghe"},
             "variety": "Ningqi-10", "grade": "grade_a", "quantityKg": 1250.5}""";

    @BeforeEach
    void clearMeters() {
        this.registry.clear();
    }

    /** Posted with the co-operative's ingest key (the organisation VALID names). */
    private ResultActions postJson(String path, String body) throws Exception {
        return postJson(path, body, TestKeys.COOPERATIVE);
    }

    private ResultActions postJson(String path, String body, TestKeys.Key key) throws Exception {
        return this.mvc.perform(post(path)
                .with(TestKeys.asToken(key))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String withField(String field, String json) {
        return VALID.replaceFirst("\\{", "{\"" + field + "\": " + json + ", ");
    }

    private static String batchOf(String... items) {
        return "[" + String.join(",", items) + "]";
    }

    /** problem+json with the given status and type, and no trace of Java internals. */
    private static ResultMatcher[] problem(int status, String type) {
        return new ResultMatcher[] {
            status().is(status),
            content().contentType(MediaType.APPLICATION_PROBLEM_JSON),
            jsonPath("$.type").value(PROBLEMS + type),
            jsonPath("$.status").value(status),
            jsonPath("$.title").isString(),
            jsonPath("$.detail").isString(),
            result -> {
                String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(body).doesNotContain("Exception", "\tat ", "java.", "tools.jackson", "springframework");
            }
        };
    }

    private double rejected(String reason) {
        var counter = this.registry
                .find("goji.ingest.events.rejected")
                .tags("type", "harvested", "reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aHarvestIsAcceptedWithWhereItLanded() throws Exception {
        given(this.publisher.publish(any())).willReturn(new EventPublisher.Published("goji.harvested.v1", 2, 41));

        String body = postJson("/api/v1/harvests", VALID)
                .andExpect(status().isAccepted())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.topic").value("goji.harvested.v1"))
                .andExpect(jsonPath("$.partition").value(2))
                .andExpect(jsonPath("$.offset").value(41))
                .andExpect(jsonPath("$.eventId").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();

        ArgumentCaptor<GojiEvent> sent = ArgumentCaptor.forClass(GojiEvent.class);
        verify(this.publisher).publish(sent.capture());
        Harvested event = (Harvested) sent.getValue();
        assertThat(body).contains(event.eventId().toString());
        assertThat(event)
                .isEqualTo(new Harvested(
                        event.eventId(),
                        EventType.HARVESTED,
                        Instant.parse("2026-07-02T01:30:00Z"),
                        NOW,
                        "harvest-service",
                        1,
                        "JH-2026-0702-F017",
                        "F017",
                        "COOP-JH-03",
                        new Region("Xinjiang", "Jinghe"),
                        "Ningqi-10",
                        Grade.GRADE_A,
                        new BigDecimal("1250.5"),
                        "COOP-JH-03"));
    }

    @Test
    void theClientsEventIdIsKeptAndUnknownFieldsAreIgnored() throws Exception {
        given(this.publisher.publish(any())).willReturn(new EventPublisher.Published("goji.harvested.v1", 0, 7));
        String id = "3f1c7d0e-8a4b-4c2e-9f5a-1b2c3d4e5f60";

        postJson("/api/v1/harvests", withField("eventId", "\"" + id + "\"").replace("{", "{\"futureField\": [1], "))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.eventId").value(id));
    }

    @Test
    void aBatchIsAcceptedWithItsIdsInRequestOrder() throws Exception {
        String id = "3f1c7d0e-8a4b-4c2e-9f5a-1b2c3d4e5f60";
        String second = withField("eventId", "\"" + id + "\"");

        String body = postJson("/api/v1/harvests/batch", batchOf(VALID, second, VALID))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.eventIds", hasSize(3)))
                .andExpect(jsonPath("$.eventIds[1]").value(id))
                .andReturn()
                .getResponse()
                .getContentAsString();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<GojiEvent>> sent = ArgumentCaptor.forClass(List.class);
        verify(this.publisher).publishAll(sent.capture());
        List<UUID> ids = sent.getValue().stream().map(GojiEvent::eventId).toList();
        assertThat(ids).hasSize(3).doesNotHaveDuplicates().element(1).isEqualTo(UUID.fromString(id));
        assertThat(body)
                .isEqualTo("{\"accepted\":3,\"eventIds\":[\"" + ids.get(0) + "\",\"" + ids.get(1) + "\",\"" + ids.get(2)
                        + "\"]}");
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        assertWrongType("quantityKg", "\"1250.5\"", "must be a number");
        assertWrongType("quantityKg", "true", "must be a number");
        assertWrongType("lotId", "17", "must be a string");
        assertWrongType("region", "\"Xinjiang\"", "must be an object");
        String uuid = "must be a UUID, e.g. 7b2e4f10-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
        assertWrongType("eventId", "\"not-a-uuid\"", uuid);
        assertWrongType("eventId", "\"\"", uuid);
        String instant = "must be an ISO-8601 instant with offset, e.g. 2026-07-02T09:30:00+08:00";
        assertWrongType("eventTime", "\"2026-07-02T09:30:00\"", instant);
        assertWrongType("eventTime", "1782955800", instant);
        assertWrongType("eventTime", "\"2026-13-02T09:30:00Z\"", instant);
        assertWrongType("eventTime", "\"2026-07-02t09:30:00z\"", instant);
        postJson("/api/v1/harvests", VALID.replace("\"Jinghe\"", "5"))
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors[0].field").value("region.county"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a string"));
        postJson("/api/v1/harvests", "[" + VALID + "]")
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an object"));
        verifyNoInteractions(this.publisher);
    }

    private void assertWrongType(String field, String json, String message) throws Exception {
        postJson("/api/v1/harvests", withField(field, json))
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() throws Exception {
        String allowed = "must be one of: premium, special, grade_a, grade_b";
        assertWrongType("grade", "\"best\"", allowed);
        assertWrongType("grade", "\"GRADE_A\"", allowed);
        assertWrongType("grade", "1", allowed);
        assertThat(rejected("invalid")).isEqualTo(3);
    }

    @Test
    void missingAndOutOfRangeFieldsAreAllListed() throws Exception {
        postJson("/api/v1/harvests", "{\"lotId\": \"bad lot\", \"quantityKg\": 0, \"region\": {\"province\": \"X\"}}")
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.detail").value("5 problems in the request body"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains(
                                "eventTime", "farmId", "lotId", "quantityKg", "region.county")))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"))
                .andExpect(jsonPath("$.errors[3].message").value("must be greater than 0"));
        postJson("/api/v1/harvests", VALID.replace("1250.5", "1250.5001"))
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors[0].field").value("quantityKg"));
        postJson("/api/v1/harvests", VALID.replace("2026-07-02T09:30:00+08:00", "2026-07-03T12:00:01+08:00"))
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors[0].field").value("eventTime"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be more than 1 day in the future"));
        verifyNoInteractions(this.publisher);
    }

    @Test
    void batchItemsAreNamedByIndex() throws Exception {
        String badKg = VALID.replace("1250.5", "-3");
        postJson("/api/v1/harvests/batch", batchOf(VALID, VALID, VALID, badKg))
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.instance").value("/api/v1/harvests/batch"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("[3].quantityKg"))
                .andExpect(jsonPath("$.errors[0].message").value("must be greater than 0"));
        postJson("/api/v1/harvests/batch", batchOf(VALID, VALID, VALID, VALID.replace("grade_a", "grade_z")))
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors[0].field").value("[3].grade"));
        postJson("/api/v1/harvests/batch", batchOf(VALID, "null"))
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors[0].field").value("[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an event object, not null"));
        postJson("/api/v1/harvests/batch", VALID)
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an array"));
        assertThat(rejected("invalid")).isEqualTo(4 + 1 + 2 + 1);
        verifyNoInteractions(this.publisher);
    }

    @Test
    void anEmptyBatchIsRejected() throws Exception {
        postJson("/api/v1/harvests/batch", "[]")
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.detail").value("1 problem in the request body"))
                .andExpect(jsonPath("$.errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[0].message").value("batch must hold 1 to 1000 events"));
        verifyNoInteractions(this.publisher);
    }

    @Test
    void aBatchOverOneThousandIsTooLarge() throws Exception {
        String small = "{\"lotId\": \"L1\"}"; // size is checked before the items
        postJson(
                        "/api/v1/harvests/batch",
                        batchOf(java.util.Collections.nCopies(1001, small).toArray(String[]::new)))
                .andExpectAll(problem(413, "payload-too-large"))
                .andExpect(jsonPath("$.detail")
                        .value("Batch holds 1001 events; at most 1000 are accepted in one request."));
        // The items are known: every one of them was turned away.
        assertThat(rejected("too_large")).isEqualTo(1001);
        verifyNoInteractions(this.publisher);
    }

    @Test
    void chineseRegionNamesPassAndHiddenCharactersAreNamed() throws Exception {
        given(this.publisher.publish(any())).willReturn(new EventPublisher.Published("goji.harvested.v1", 0, 0L));
        postJson("/api/v1/harvests", VALID.replace("Xinjiang", "新疆维吾尔自治区").replace("Jinghe", "精河县"))
                .andExpect(status().isAccepted());
        postJson("/api/v1/harvests", VALID.replace("Jinghe", "Jing\\u202Ehe"))
                .andExpectAll(problem(400, "invalid-event"))
                .andExpect(jsonPath("$.errors[0].field").value("region.county"))
                .andExpect(jsonPath("$.errors[0].message").value(PlainTextDeserializer.MESSAGE));
    }

    @Test
    void aCooperativeKeyPostsOnlyForItsOwnCooperativeAndFillsItIn() throws Exception {
        given(this.publisher.publish(any())).willReturn(new EventPublisher.Published("goji.harvested.v1", 0, 1));
        postJson("/api/v1/harvests", VALID.replace("COOP-JH-03", "COOP-OTHER"))
                .andExpectAll(problem(403, "forbidden"))
                .andExpect(jsonPath("$.errors[0].field").value("cooperativeId"));
        postJson("/api/v1/harvests/batch", batchOf(VALID, VALID.replace("COOP-JH-03", "COOP-OTHER")))
                .andExpectAll(problem(403, "forbidden"))
                .andExpect(jsonPath("$.errors[0].field").value("[1].cooperativeId"));
        verifyNoInteractions(this.publisher);
        assertThat(rejected("forbidden")).isEqualTo(2);

        postJson("/api/v1/harvests", VALID.replace("\"cooperativeId\": \"COOP-JH-03\",", ""))
                .andExpect(status().isAccepted());
        ArgumentCaptor<GojiEvent> sent = ArgumentCaptor.forClass(GojiEvent.class);
        verify(this.publisher).publish(sent.capture());
        Harvested event = (Harvested) sent.getValue();
        assertThat(event.cooperativeId()).isEqualTo("COOP-JH-03");
        assertThat(event.submittedBy()).isEqualTo("COOP-JH-03");
    }

    @Test
    void anIntegratorPostsForAnyCooperativeAndAClientSubmittedByIsIgnored() throws Exception {
        given(this.publisher.publish(any())).willReturn(new EventPublisher.Published("goji.harvested.v1", 0, 1));
        postJson(
                        "/api/v1/harvests",
                        withField("submittedBy", "\"COOP-FAKE\"").replace("COOP-JH-03", "COOP-OTHER"),
                        TestKeys.INTEGRATOR)
                .andExpect(status().isAccepted());
        ArgumentCaptor<GojiEvent> sent = ArgumentCaptor.forClass(GojiEvent.class);
        verify(this.publisher).publish(sent.capture());
        Harvested event = (Harvested) sent.getValue();
        assertThat(event.cooperativeId()).isEqualTo("COOP-OTHER");
        assertThat(event.submittedBy()).isEqualTo(TestKeys.INTEGRATOR.organisationId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherKeys")
    void keysOfOtherKindsAndRolesMayNotPostHarvests(String name, TestKeys.Key key) throws Exception {
        postJson("/api/v1/harvests", VALID, key).andExpectAll(problem(403, "forbidden"));
        postJson("/api/v1/harvests/batch", batchOf(VALID), key).andExpectAll(problem(403, "forbidden"));
        verifyNoInteractions(this.publisher);
    }

    static Stream<Arguments> otherKeys() {
        return Stream.of(TestKeys.PROCESSOR, TestKeys.SELLER, TestKeys.ANALYST, TestKeys.OPS, TestKeys.INTERNAL)
                .map(key -> Arguments.of(key.id(), key));
    }

    @Test
    void withoutAKeyEveryPostIs401() throws Exception {
        this.mvc
                .perform(post("/api/v1/harvests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpectAll(problem(401, "unauthenticated"))
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        verifyNoInteractions(this.publisher);
    }
}
