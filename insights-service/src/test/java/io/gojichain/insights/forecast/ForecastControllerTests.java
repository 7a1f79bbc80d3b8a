package io.gojichain.insights.forecast;

import static io.gojichain.insights.facts.FixedInsightFacts.sale;
import static io.gojichain.insights.web.AnalystRequests.get;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.ExampleWeek;
import io.gojichain.insights.facts.FixedInsightFacts;
import io.gojichain.insights.facts.JsonExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

@WebMvcTest(ForecastController.class)
@Import(AnalyticsSliceConfig.class)
class ForecastControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private FixedInsightFacts facts;

    @BeforeEach
    void clear() {
        this.facts.clear();
    }

    @Test
    void forecastsOneFormWithItsHistoryModelAndHorizon() throws Exception {
        // dried 1, 2, 3 kg online on the last three days (today is 2026-09-14): 4.5, 9, 13.5 feKg, a line
        this.facts.add(
                sale("2026-09-12", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 1, "1", "50.00"),
                sale("2026-09-13", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 2, "2", "100.00"),
                sale("2026-09-14", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 3, "3", "150.00"),
                sale("2026-09-14", ProductForm.DRIED, Channel.OFFLINE, "Xinjiang", 9, "9", "450.00"));

        this.mvc
                .perform(get("/api/v1/insights/forecast?productForm=dried&channel=online&days=2"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.period.from").value("2026-03-19"))
                .andExpect(jsonPath("$.period.to").value("2026-09-14"))
                .andExpect(jsonPath("$.horizon.from").value("2026-09-15"))
                .andExpect(jsonPath("$.horizon.to").value("2026-09-16"))
                .andExpect(jsonPath("$.channel").value("online"))
                .andExpect(jsonPath("$.spikeRule.thresholdMultiplier").value(3.0))
                .andExpect(jsonPath("$.spikeRule.spreadSmoothing").value(0.1))
                .andExpect(jsonPath("$.spikeRule.warmUpDays").value(7))
                .andExpect(jsonPath("$.series", hasSize(1)))
                .andExpect(jsonPath("$.series[0].productForm").value("dried"))
                .andExpect(jsonPath("$.series[0].channel").value("online"))
                .andExpect(jsonPath("$.series[0].history", hasSize(3)))
                .andExpect(jsonPath("$.series[0].history[0].date").value("2026-09-12"))
                .andExpect(jsonPath("$.series[0].history[0].feKg").value(4.5))
                .andExpect(jsonPath("$.series[0].history[2].feKg").value(13.5))
                .andExpect(jsonPath("$.series[0].model.type").value("holt"))
                .andExpect(jsonPath("$.series[0].model.level").value(13.5))
                .andExpect(jsonPath("$.series[0].model.trend").value(4.5))
                .andExpect(jsonPath("$.series[0].model.gamma").doesNotExist())
                .andExpect(jsonPath("$.series[0].forecast[0].date").value("2026-09-15"))
                .andExpect(jsonPath("$.series[0].forecast[0].feKg").value(18.0))
                .andExpect(jsonPath("$.series[0].forecast[1].feKg").value(22.5))
                .andExpect(jsonPath("$.series[0].spikes", hasSize(0)));
    }

    @Test
    void allFormsInContractOrderWithZerosWhenThereAreNoSales() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/forecast"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").doesNotExist())
                .andExpect(jsonPath("$.horizon.to").value("2026-09-28"))
                .andExpect(jsonPath("$.series[*].productForm")
                        .value(org.hamcrest.Matchers.contains("fresh", "dried", "nfc_juice", "pulp")))
                .andExpect(jsonPath("$.series[0].model.type").value("none"))
                .andExpect(jsonPath("$.series[0].history", hasSize(0)))
                .andExpect(jsonPath("$.series[0].forecast", hasSize(14)))
                .andExpect(jsonPath("$.series[0].forecast[13].feKg").value(0.0));
    }

    @Test
    void rejectsDaysOutsideOneToSixty() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/forecast?days=61"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("days"));
        this.mvc.perform(get("/api/v1/insights/forecast?days=0")).andExpect(status().isBadRequest());
        this.mvc.perform(get("/api/v1/insights/forecast?days=60")).andExpect(status().isOk());
    }

    @Test
    void rejectsUnknownFormsAndChannelsNamingTheParameter() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/forecast?productForm=NFC_JUICE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("productForm"))
                .andExpect(jsonPath("$.detail")
                        .value("unknown productForm 'NFC_JUICE'; expected one of fresh, dried, nfc_juice, pulp"));
        this.mvc
                .perform(get("/api/v1/insights/forecast?channel=tv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("channel"));
    }

    @Test
    void theDocumentedExampleIsARealAnswer() throws Exception {
        ExampleWeek.fill(this.facts);

        String body = this.mvc
                .perform(get("/api/v1/insights/forecast?productForm=nfc_juice&channel=livestream&days=7"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode actual = JsonExamples.tree(body);
        JsonExamples.shorten((ArrayNode) actual.get("series").get(0).get("history"), 2, 3);
        JsonExamples.assertExampleIs(ForecastController.EXAMPLE, actual);
    }

    @Test
    void notReadyStoresGive503() throws Exception {
        this.facts.ready(false);

        this.mvc.perform(get("/api/v1/insights/forecast")).andExpect(status().isServiceUnavailable());
    }
}
