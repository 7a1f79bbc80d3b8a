package io.gojichain.sales.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.testing.TestKeys;
import io.gojichain.boot.web.PlainTextDeserializer;
import io.gojichain.contracts.BuyerRegion;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web slice: request binding, every documented error status as problem+json, the 202 bodies.
 * The publisher is a test double here; the round trip through a real broker is in {@code
 * SalesIntegrationTests}.
 */
@WebMvcTest(SalesController.class)
@Import({SaleRequestRules.class, SalesControllerTests.Fixed.class})
class SalesControllerTests {

    static final Instant NOW = Instant.parse("2026-09-02T00:00:00Z");

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @TestConfiguration
    static class Fixed {

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

    /** The meters live as long as the cached context, so tests compare before and after. */
    private double rejected(String reason) {
        return this.meters
                .counter("goji.ingest.events.rejected", "type", "sold", "reason", reason)
                .count();
    }

    /** With the test seller's ingest key (SHOP-01). */
    private ResultActions postSale(String body) throws Exception {
        return postSale(body, TestKeys.SELLER);
    }

    private ResultActions postSale(String body, TestKeys.Key key) throws Exception {
        return this.mvc.perform(post("/api/v1/sales")
                .with(TestKeys.asToken(key))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions postBatch(String body) throws Exception {
        return postBatch(body, TestKeys.SELLER);
    }

    private ResultActions postBatch(String body, TestKeys.Key key) throws Exception {
        return this.mvc.perform(post("/api/v1/sales/batch")
                .with(TestKeys.asToken(key))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** One 400 naming exactly one field. */
    private static ResultMatcher[] invalid(String field, String message) {
        return new ResultMatcher[] {
            status().isBadRequest(),
            content().contentType(PROBLEM),
            jsonPath("$.type").value("https://gojichain.io/problems/invalid-event"),
            jsonPath("$.status").value(400),
            jsonPath("$.errors.length()").value(1),
            jsonPath("$.errors[0].field").value(field),
            jsonPath("$.errors[0].message").value(message)
        };
    }

    /** No body may leak internals. */
    private static ResultMatcher noInternals() {
        return result -> {
            String body = result.getResponse().getContentAsString();
            assertThat(body)
                    .doesNotContain("Exception", "java.", "tools.jackson", "\tat ", "io.gojichain", "springframework");
        };
    }

    @Test
    void aValidSaleIsPublishedAnd202NamesWhereItWent() throws Exception {
        double before = rejected("invalid");
        given(this.publisher.publish(any())).willAnswer(call -> new EventPublisher.Published("goji.sold.v1", 4, 17L));

        postSale(SaleRequests.online().toString())
                .andExpect(status().isAccepted())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.eventId").value("5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f"))
                .andExpect(jsonPath("$.topic").value("goji.sold.v1"))
                .andExpect(jsonPath("$.partition").value(4))
                .andExpect(jsonPath("$.offset").value(17));

        ArgumentCaptor<GojiEvent> published = ArgumentCaptor.forClass(GojiEvent.class);
        then(this.publisher).should().publish(published.capture());
        // Expected event written out by hand from SaleRequests.online() and the fixed clock.
        assertThat(published.getValue())
                .isEqualTo(new Sold(
                        UUID.fromString("5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f"),
                        EventType.SOLD,
                        Instant.parse("2026-09-01T12:00:00Z"),
                        NOW,
                        "sales-service",
                        1,
                        "JD-880021",
                        "DRIED-250G-PREMIUM",
                        ProductForm.DRIED,
                        "P03-D-0709-01",
                        3,
                        new BigDecimal("0.25"),
                        PackUnit.KG,
                        new BigDecimal("29.90"),
                        "CNY",
                        Channel.ONLINE,
                        "jd",
                        null,
                        new BuyerRegion("Guangdong", "Shenzhen"),
                        "c-7f3a9",
                        "SHOP-01",
                        "SHOP-01"));
        assertThat(rejected("invalid")).isEqualTo(before);
    }

    @Test
    void theServiceMakesAnEventIdWhenTheClientSendsNone() throws Exception {
        given(this.publisher.publish(any())).willAnswer(call -> new EventPublisher.Published("goji.sold.v1", 0, 0L));
        ObjectNode json = SaleRequests.livestream();

        String first = postSale(json.toString())
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = postSale(json.toString())
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();

        UUID firstId = UUID.fromString(
                SaleRequests.MAPPER.readTree(first).get("eventId").asString());
        UUID secondId = UUID.fromString(
                SaleRequests.MAPPER.readTree(second).get("eventId").asString());
        assertThat(firstId).isNotEqualTo(secondId);
        ArgumentCaptor<GojiEvent> published = ArgumentCaptor.forClass(GojiEvent.class);
        then(this.publisher).should(org.mockito.Mockito.times(2)).publish(published.capture());
        assertThat(published.getAllValues()).extracting(GojiEvent::eventId).containsExactly(firstId, secondId);
        Sold sold = (Sold) published.getValue();
        assertThat(sold.currency()).isEqualTo("CNY");
        assertThat(sold.livestreamId()).isEqualTo("LS-20260815-A");
        assertThat(sold.unitPrice()).isEqualTo(new BigDecimal("59.00"));
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        given(this.publisher.publish(any())).willAnswer(call -> new EventPublisher.Published("goji.sold.v1", 0, 0L));
        ObjectNode json = SaleRequests.online();
        json.put("giftWrap", true);
        json.putObject("loyalty").put("points", 12);
        postSale(json.toString()).andExpect(status().isAccepted());
    }

    @Test
    void aBatchIsPublishedTogetherAnd202ListsTheIdsInOrder() throws Exception {
        ArrayNode batch = SaleRequests.MAPPER.createArrayNode();
        batch.add(SaleRequests.online());
        batch.add(SaleRequests.livestream());

        String body = postBatch(batch.toString())
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.eventIds.length()").value(2))
                .andExpect(jsonPath("$.eventIds[0]").value("5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<GojiEvent>> published = ArgumentCaptor.forClass(List.class);
        then(this.publisher).should().publishAll(published.capture());
        assertThat(published.getValue())
                .extracting(event -> ((Sold) event).orderId())
                .containsExactly("JD-880021", "DY-3300917");
        assertThat(published.getValue()).extracting(GojiEvent::recordTime).containsOnly(NOW);
        String generated =
                SaleRequests.MAPPER.readTree(body).get("eventIds").get(1).asString();
        assertThat(published.getValue().get(1).eventId()).hasToString(generated);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "quantity|\"3\"|must be an integer",
                "quantity|1.5|must be an integer",
                "quantity|99999999999|is out of range",
                "quantity|true|must be an integer",
                "packSize|\"0.25\"|must be a number",
                "orderId|42|must be a string",
                "sku|false|must be a string",
                "unitPrice|29.9|must be a decimal string with at most 10 integer digits and 2 decimal places, e.g. \"29.90\"",
                "unitPrice|30|must be a decimal string with at most 10 integer digits and 2 decimal places, e.g. \"29.90\"",
                "eventTime|\"2026-09-01T20:00:00\"|must be an ISO-8601 instant with offset, e.g. 2026-07-02T09:30:00+08:00",
                "eventTime|\"2026-09-01\"|must be an ISO-8601 instant with offset, e.g. 2026-07-02T09:30:00+08:00",
                "eventTime|1788264000|must be an ISO-8601 instant with offset, e.g. 2026-07-02T09:30:00+08:00",
                "eventId|\"not-a-uuid\"|must be a UUID, e.g. 7b2e4f10-2c3d-4e5f-8a9b-0c1d2e3f4a5b",
                "eventId|\"\"|must be a UUID, e.g. 7b2e4f10-2c3d-4e5f-8a9b-0c1d2e3f4a5b",
                "buyerRegion|\"Guangdong\"|must be an object",
                "productForm|\"frozen\"|must be one of: fresh, dried, nfc_juice, pulp",
                "productForm|1|must be one of: fresh, dried, nfc_juice, pulp",
                "productForm|\"DRIED\"|must be one of: fresh, dried, nfc_juice, pulp",
                "packUnit|\"g\"|must be one of: kg, L",
                "channel|\"tv\"|must be one of: online, livestream, offline"
            })
    void aValueOfTheWrongTypeOrAnUnknownEnumIs400NamingTheField(String field, String json, String message)
            throws Exception {
        ObjectNode sale = SaleRequests.online();
        sale.set(field, SaleRequests.MAPPER.readTree(json));
        postSale(sale.toString()).andExpectAll(invalid(field, message)).andExpect(noInternals());
        then(this.publisher).shouldHaveNoInteractions();
    }

    @Test
    void aNestedValueOfTheWrongTypeNamesItsPath() throws Exception {
        ObjectNode sale = SaleRequests.online();
        sale.withObject("buyerRegion").put("city", 7);
        postSale(sale.toString()).andExpectAll(invalid("buyerRegion.city", "must be a string"));
    }

    @Test
    void aMissingFieldIs400NamingIt() throws Exception {
        double before = rejected("invalid");
        ObjectNode sale = SaleRequests.online();
        sale.remove("orderId");
        postSale(sale.toString())
                .andExpectAll(invalid("orderId", "must not be null"))
                .andExpect(jsonPath("$.title").value("Invalid event"))
                .andExpect(jsonPath("$.detail").value("1 problem in the request body"))
                .andExpect(jsonPath("$.instance").value("/api/v1/sales"));
        then(this.publisher).shouldHaveNoInteractions();
        assertThat(rejected("invalid") - before).isEqualTo(1.0);
    }

    @Test
    void aCrossFieldRuleIs400NamingTheField() throws Exception {
        ObjectNode sale = SaleRequests.online();
        sale.put("packUnit", "L");
        postSale(sale.toString()).andExpectAll(invalid("packUnit", "must be kg for productForm dried"));
        ObjectNode live = SaleRequests.livestream();
        live.remove("livestreamId");
        postSale(live.toString()).andExpectAll(invalid("livestreamId", "is required when channel is livestream"));
    }

    @Test
    void everyProblemIsListed() throws Exception {
        ObjectNode sale = SaleRequests.online();
        sale.put("quantity", 0);
        sale.put("currency", "cny");
        sale.put("unitPrice", "1.999");
        postSale(sale.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("3 problems in the request body"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains("currency", "quantity", "unitPrice")));
    }

    @Test
    void anInvalidBatchItemIsNamedByIndexAndNothingIsPublished() throws Exception {
        ArrayNode batch = SaleRequests.MAPPER.createArrayNode();
        for (int i = 0; i < 5; i++) {
            ObjectNode sale = SaleRequests.online();
            sale.put("orderId", "JD-" + i);
            sale.remove("eventId"); // one id in two items would be a problem of its own
            batch.add(sale);
        }
        ((ObjectNode) batch.get(3)).put("quantity", 0);
        postBatch(batch.toString())
                .andExpectAll(invalid("[3].quantity", "must be greater than or equal to 1"))
                .andExpect(jsonPath("$.instance").value("/api/v1/sales/batch"));
        then(this.publisher).should(never()).publishAll(anyList());
    }

    @Test
    void aBatchItemOfTheWrongTypeIsNamedByIndex() throws Exception {
        ArrayNode batch = SaleRequests.MAPPER.createArrayNode();
        for (int i = 0; i < 5; i++) {
            batch.add(SaleRequests.online());
        }
        ((ObjectNode) batch.get(3)).put("quantity", "many");
        ((ObjectNode) batch.get(4)).put("channel", "tv");
        postBatch(batch.toString()).andExpectAll(invalid("[3].quantity", "must be an integer"));
        then(this.publisher).shouldHaveNoInteractions();
    }

    @Test
    void everyInvalidBatchItemIsListedInOrder() throws Exception {
        ArrayNode batch = SaleRequests.MAPPER.createArrayNode();
        for (int i = 0; i < 12; i++) {
            ObjectNode sale = SaleRequests.online();
            sale.remove("eventId");
            batch.add(sale);
        }
        ((ObjectNode) batch.get(2)).remove("sku");
        ((ObjectNode) batch.get(11)).put("currency", "XYZ1");
        batch.set(7, SaleRequests.MAPPER.nullNode());
        postBatch(batch.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains("[2].sku", "[7]", "[11].currency")))
                .andExpect(jsonPath("$.errors[1].message").value("must be an event object, not null"));
        then(this.publisher).shouldHaveNoInteractions();
    }

    @Test
    void anEmptyBatchIs400() throws Exception {
        postBatch("[]").andExpectAll(invalid("$", "batch must hold 1 to 1000 events"));
    }

    @Test
    void aBatchThatIsNotAnArrayIs400() throws Exception {
        postBatch(SaleRequests.online().toString()).andExpectAll(invalid("$", "must be an array"));
    }

    @Test
    void aBatchOf1000IsAcceptedAndOf1001Is413() throws Exception {
        double before = rejected("too_large");
        ObjectNode sale = SaleRequests.livestream();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(sale.toString());
        }
        postBatch("[" + String.join(",", items) + "]")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(1000));

        items.add(sale.toString());
        postBatch("[" + String.join(",", items) + "]")
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/payload-too-large"))
                .andExpect(jsonPath("$.detail")
                        .value("Batch holds 1001 events; at most 1000 are accepted in one request."))
                .andExpect(noInternals());
        // The items are known: every one of them was turned away.
        assertThat(rejected("too_large") - before).isEqualTo(1001.0);
        then(this.publisher).should(org.mockito.Mockito.times(1)).publishAll(anyList());
    }

    @Test
    void hiddenCharactersInTextAreNamed() throws Exception {
        ObjectNode sale = SaleRequests.online();
        sale.withObject("buyerRegion").put("city", "Shen\u2066zhen");
        postSale(sale.toString()).andExpectAll(invalid("buyerRegion.city", PlainTextDeserializer.MESSAGE));
        then(this.publisher).shouldHaveNoInteractions();
    }

    @Test
    void aBatchRepeatingAnEventIdIs400NamingBothItems() throws Exception {
        postBatch("[" + SaleRequests.online() + "," + SaleRequests.livestream() + "," + SaleRequests.online() + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains("[0].eventId", "[2].eventId")))
                .andExpect(jsonPath("$.errors[0].message").value("is repeated by item [2]"))
                .andExpect(jsonPath("$.errors[1].message").value("repeats the eventId of item [0]"));
        then(this.publisher).shouldHaveNoInteractions();
    }

    @Test
    void aSellerKeySellsOnlyForItselfAndFillsInTheSeller() throws Exception {
        ObjectNode other = SaleRequests.online();
        other.put("sellerId", "SHOP-02");
        postSale(other.toString())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/forbidden"))
                .andExpect(jsonPath("$.errors[0].field").value("sellerId"));
        ObjectNode own = SaleRequests.online();
        own.put("sellerId", "SHOP-01");
        own.remove("eventId");
        postBatch("[" + own + "," + other + "]")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("[1].sellerId"));
        then(this.publisher).shouldHaveNoInteractions();
    }

    @Test
    void anIntegratorSellsForAnyoneAndOtherKeysMayNot() throws Exception {
        given(this.publisher.publish(any())).willAnswer(call -> new EventPublisher.Published("goji.sold.v1", 0, 0L));
        ObjectNode other = SaleRequests.online();
        other.put("sellerId", "SHOP-02");
        postSale(other.toString(), TestKeys.INTEGRATOR).andExpect(status().isAccepted());
        ArgumentCaptor<GojiEvent> published = ArgumentCaptor.forClass(GojiEvent.class);
        then(this.publisher).should().publish(published.capture());
        Sold sold = (Sold) published.getValue();
        assertThat(sold.sellerId()).isEqualTo("SHOP-02");
        assertThat(sold.submittedBy()).isEqualTo(TestKeys.INTEGRATOR.organisationId());

        for (TestKeys.Key key :
                java.util.List.of(TestKeys.COOPERATIVE, TestKeys.PROCESSOR, TestKeys.ANALYST, TestKeys.OPS)) {
            postSale(SaleRequests.online().toString(), key)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/forbidden"));
        }
        this.mvc
                .perform(post("/api/v1/sales")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SaleRequests.online().toString()))
                .andExpect(status().isUnauthorized());
    }
}
