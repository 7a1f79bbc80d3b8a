package io.gojichain.insights.signals;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.ExampleWeek;
import io.gojichain.insights.facts.FixedInsightFacts;
import io.gojichain.insights.facts.FixedLinkFacts;
import io.gojichain.insights.facts.JsonExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SignalsController.class)
@Import(AnalyticsSliceConfig.class)
class SignalsControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private FixedInsightFacts facts;

    /** Shared by the slices in one cached context: other tests leave links in it. */
    @Autowired
    private FixedLinkFacts links;

    @BeforeEach
    void fill() {
        this.facts.clear();
        this.links.clear();
        this.facts.addSales(SignalsCalculatorTests.juiceWithASellOut());
    }

    @Test
    void lastSevenDaysAgainstTheSevenBeforeByDefault() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/signals"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.period.from").value("2026-09-08"))
                .andExpect(jsonPath("$.period.to").value("2026-09-14"))
                .andExpect(jsonPath("$.comparedTo.from").value("2026-09-01"))
                .andExpect(jsonPath("$.comparedTo.to").value("2026-09-07"))
                .andExpect(jsonPath("$.thresholds.surgeGrowth").value(0.30))
                .andExpect(jsonPath("$.thresholds.minOrders").value(5))
                .andExpect(jsonPath("$.thresholds.coverDays").value(7))
                .andExpect(jsonPath("$.thresholds.channelShift").value(0.10))
                .andExpect(jsonPath("$.spikeRule.thresholdMultiplier").value(3.0))
                .andExpect(jsonPath("$.signals", hasSize(3)))
                .andExpect(jsonPath("$.signals[*].kind")
                        .value(contains("demand_surge", "supply_shortfall", "demand_spike")))
                .andExpect(jsonPath("$.signals[0].id").value("demand_surge:nfc_juice:Guangdong:2026-09-08"))
                .andExpect(jsonPath("$.signals[0].audience").value(contains("farmers", "processors")))
                .andExpect(jsonPath("$.signals[0].severity").value("action"))
                .andExpect(jsonPath("$.signals[0].magnitude").value(3.1379))
                .andExpect(jsonPath("$.signals[0].sentence")
                        .value("NFC juice demand up 136% week on week in Guangdong (239 feKg vs 101):"
                                + " shift fresh lots to juicing"))
                .andExpect(jsonPath("$.signals[0].evidence.productForm").value("nfc_juice"))
                .andExpect(jsonPath("$.signals[0].evidence.province").value("Guangdong"))
                .andExpect(jsonPath("$.signals[0].evidence.currentFeKg").value(239.2))
                .andExpect(jsonPath("$.signals[0].evidence.previousFeKg").value(101.4))
                .andExpect(jsonPath("$.signals[0].evidence.growth").value(1.359))
                .andExpect(jsonPath("$.signals[0].evidence.currentOrders").value(35))
                .andExpect(jsonPath("$.signals[0].period.from").value("2026-09-08"))
                .andExpect(jsonPath("$.signals[0].comparedTo.to").value("2026-09-07"))
                .andExpect(jsonPath("$.signals[1].comparedTo").doesNotExist())
                .andExpect(jsonPath("$.signals[2].severity").value("warning"))
                .andExpect(jsonPath("$.signals[2].evidence.channel").value("livestream"))
                .andExpect(jsonPath("$.signals[2].evidence.date").value("2026-09-12"))
                .andExpect(jsonPath("$.signals[2].period.from").value("2026-09-12"));
    }

    @Test
    void anEarlierPeriodHasNoneOfThis() throws Exception {
        // 2026-08-25..31 against 08-18..24: the same weekly rhythm, nothing processed yet juice sold
        this.mvc
                .perform(get("/api/v1/insights/signals?from=2026-08-25&to=2026-08-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2026-08-25"))
                .andExpect(jsonPath("$.comparedTo.from").value("2026-08-18"))
                .andExpect(jsonPath("$.signals[*].kind").value(contains("supply_shortfall")));
    }

    @Test
    void theDocumentedExampleIsARealAnswer() throws Exception {
        this.facts.clear();
        ExampleWeek.fill(this.facts);

        String body = this.mvc
                .perform(get("/api/v1/insights/signals"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonExamples.assertExampleIs(SignalsController.EXAMPLE, JsonExamples.tree(body));
    }

    @Test
    void rejectsBadPeriods() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/signals?from=2026-09-15&to=2026-09-14"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("from"));
        this.mvc
                .perform(get("/api/v1/insights/signals?from=2025-01-01&to=2026-09-14"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
        this.mvc
                .perform(get("/api/v1/insights/signals?to=1999-06-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("to"));
    }

    @Test
    void notReadyStoresGive503() throws Exception {
        this.facts.ready(false);

        this.mvc.perform(get("/api/v1/insights/signals")).andExpect(status().isServiceUnavailable());
    }
}
