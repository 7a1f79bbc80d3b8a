package io.gojichain.boot.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.publishing.KafkaUnavailableException;
import io.gojichain.boot.testing.TestKeys;
import io.gojichain.boot.web.PlainTextDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The web slice of an ingest service as every service gets it from the module (through the slice's
 * auto-configuration imports): every error status as problem+json, counted by the rejection meter. The publisher is
 * a test double; the services' own slice tests cover only their fields and rules.
 */
@WebMvcTest(ProbeController.class)
class ProbeWebTests {

    static final String PATH = ProbeApplication.PATH;

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    /** A key that may post anything: these tests are about the answers to the body, not about access. */
    static final RequestPostProcessor KEY = TestKeys.asToken(TestKeys.INTEGRATOR);

    static final String VALID =
            "{\"eventTime\": \"2026-09-01T20:00:00+08:00\", \"orderId\": \"JD-1\", \"quantity\": 1}";

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @MockitoBean
    EventPublisher publisher;

    /** The meters live as long as the cached context, so tests compare before and after. */
    private double rejected(String reason) {
        return this.meters
                .counter("goji.ingest.events.rejected", "type", "sold", "reason", reason)
                .count();
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return this.mvc.perform(
                post(path).with(KEY).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** No body may leak internals. */
    private static ResultMatcher noInternals() {
        return result -> assertThat(result.getResponse().getContentAsString())
                .doesNotContain("Exception", "java.", "tools.jackson", "\tat ", "io.gojichain", "springframework");
    }

    @Test
    void malformedJsonIs400SayingWhere() throws Exception {
        double before = rejected("malformed");
        postJson(PATH, "{\n  \"orderId\": \"JD-1\",\n  \"quantity\": }")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/malformed-json"))
                .andExpect(jsonPath("$.title").value("Malformed JSON"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("line 3, column 15")))
                .andExpect(jsonPath("$.instance").value(PATH))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"))
                .andExpect(noInternals());
        then(this.publisher).shouldHaveNoInteractions();
        assertThat(rejected("malformed") - before).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "{\"orderId\": \"a\", \"orderId\": \"b\"}", "{} {}", "{\"orderId\": \"x\""})
    void emptyTruncatedDuplicateKeyAndTrailingBodiesAreMalformed(String body) throws Exception {
        postJson(PATH, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(noInternals());
        then(this.publisher).shouldHaveNoInteractions();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\n", "\\u202E", "\\u2067", "\\uD800"})
    void invisibleOrReorderingCharactersAre400NamingTheField(String escape) throws Exception {
        postJson(PATH, VALID.replace("}", ", \"province\": \"Guang" + escape + "dong\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/invalid-event"))
                .andExpect(jsonPath("$.errors[0].field").value("province"))
                .andExpect(jsonPath("$.errors[0].message").value(PlainTextDeserializer.MESSAGE));
        postJson(PATH + "/batch", "[" + VALID + "," + VALID.replace("JD-1", "JD-1" + escape) + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[1].orderId"));
        then(this.publisher).shouldHaveNoInteractions();
    }

    @Test
    void chineseNamesAreText() throws Exception {
        given(this.publisher.publish(any())).willReturn(new EventPublisher.Published("goji.sold.v1", 0, 0L));
        postJson(PATH, VALID.replace("}", ", \"province\": \"广东省\"}")).andExpect(status().isAccepted());
    }

    @Test
    void aBodyOver1MiBIs413AndOneOfExactly1MiBIsRead() throws Exception {
        double before = rejected("too_large");
        String over = VALID.replace("}", ", \"padding\": \"" + "x".repeat(1_048_576) + "\"}");
        postJson(PATH, over)
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/payload-too-large"))
                .andExpect(jsonPath("$.detail").value("Request body is larger than 1048576 bytes."))
                .andExpect(noInternals());
        then(this.publisher).shouldHaveNoInteractions();
        assertThat(rejected("too_large") - before).isEqualTo(1.0);

        given(this.publisher.publish(any())).willReturn(new EventPublisher.Published("goji.sold.v1", 0, 0L));
        // , "padding": "..." adds 15 characters around the padding itself.
        String exact = VALID.replace("}", ", \"padding\": \"" + "x".repeat(1_048_576 - VALID.length() - 15) + "\"}");
        assertThat(exact).hasSize(1_048_576);
        postJson(PATH, exact).andExpect(status().isAccepted());
    }

    @Test
    void aBatchOver1000Is413CountingItsEvents() throws Exception {
        double before = rejected("too_large");
        postJson(PATH + "/batch", "[" + (VALID + ",").repeat(1000) + VALID + "]")
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail")
                        .value("Batch holds 1001 events; at most 1000 are accepted in one request."));
        assertThat(rejected("too_large") - before).isEqualTo(1001.0);
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        double before = rejected("unsupported_media");
        this.mvc
                .perform(post(PATH).with(KEY).contentType(MediaType.TEXT_PLAIN).content("orderId=JD-1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/unsupported-media-type"))
                .andExpect(jsonPath("$.title").value("Unsupported media type"))
                .andExpect(header().string("Accept", "application/json"))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.instance").value(PATH))
                .andExpect(noInternals());
        this.mvc
                .perform(post(PATH + "/batch")
                        .with(KEY)
                        .contentType(MediaType.APPLICATION_XML)
                        .content("<sale/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(PROBLEM));
        this.mvc.perform(post(PATH).with(KEY).content(VALID)).andExpect(status().isUnsupportedMediaType());
        then(this.publisher).shouldHaveNoInteractions();
        assertThat(rejected("unsupported_media") - before).isEqualTo(3.0);
    }

    @Test
    void kafkaUnavailableIs503WithRetryAfterAndTheEventIds() throws Exception {
        double before = rejected("kafka_unavailable");
        UUID id = UUID.fromString("5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f");
        given(this.publisher.publish(any()))
                .willThrow(new KafkaUnavailableException(
                        "Kafka did not acknowledge the write in time", new TimeoutException("expired"), List.of(id)));
        postJson(PATH, VALID)
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/kafka-unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.instance").value(PATH))
                .andExpect(jsonPath("$.eventIds[0]").value(id.toString()))
                .andExpect(jsonPath("$.detail").value(containsString("may or may not have been stored")))
                .andExpect(jsonPath("$.detail").value(not(containsString("expired"))))
                .andExpect(noInternals());

        willThrow(new KafkaUnavailableException(
                        "Kafka did not take the write", new IllegalStateException("x"), List.of(id, UUID.randomUUID())))
                .given(this.publisher)
                .publishAll(anyList());
        postJson(PATH + "/batch", "[" + VALID + "," + VALID + "]")
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.eventIds.length()").value(2));
        assertThat(rejected("kafka_unavailable") - before).isEqualTo(3.0);
    }

    @Test
    void anUnexpectedFailureIs500WithoutDetails() throws Exception {
        given(this.publisher.publish(any())).willThrow(new IllegalStateException("secret internals"));
        postJson(PATH, VALID)
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/internal-error"))
                .andExpect(jsonPath("$.detail").value(not(containsString("secret"))))
                .andExpect(noInternals());
    }

    @Test
    void problemsAreProblemJsonWhateverTheClientAccepts() throws Exception {
        this.mvc
                .perform(post(PATH)
                        .with(KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_XML)
                        .content("{"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM));
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() throws Exception {
        this.mvc
                .perform(get(PATH).with(KEY))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/method-not-allowed"))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.instance").value(PATH));
        postJson("/api/v1/nothing", "{}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/not-found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing"));
    }

    @Test
    void messagesDoNotFollowTheClientsLanguage() throws Exception {
        this.mvc
                .perform(post(PATH)
                        .with(KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "de-DE")
                        .content("{\"eventTime\": \"2026-09-01T20:00:00+08:00\", \"quantity\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orderId"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"));
    }
}
