package io.gojichain.insights.supply;

import static io.gojichain.insights.facts.FixedInsightFacts.batch;
import static io.gojichain.insights.facts.FixedInsightFacts.harvest;
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

@WebMvcTest(SupplyDemandController.class)
@Import(AnalyticsSliceConfig.class)
class SupplyDemandControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private FixedInsightFacts facts;

    @BeforeEach
    void fill() {
        this.facts.clear();
        this.facts.add(harvest("2026-09-01", "200"), harvest("2026-09-15", "999"));
        this.facts.add(batch("2026-09-02", ProductForm.DRIED, "90", "20"));
        this.facts.add(
                sale("2026-09-13", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 2, "2", "100.00"),
                sale("2026-09-14", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 2, "2", "100.00"));
    }

    @Test
    void defaultsToTodayInTheInsightsZone() throws Exception {
        // today 2026-09-14: harvest of 09-15 not counted; fresh 200 - 90 = 110; dried 20 x 4.5 = 90 produced,
        // 2 x 2 x 4.5 = 18 sold, stock 72, sell-through 0.2, mean 18/7 = 2.571429, cover 72 x 7 / 18 = 28
        this.mvc
                .perform(get("/api/v1/insights/supply-demand"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.asOf").value("2026-09-14"))
                .andExpect(jsonPath("$.coverWindow.from").value("2026-09-08"))
                .andExpect(jsonPath("$.forecastWindow.to").value("2026-09-21"))
                .andExpect(jsonPath("$.fresh.harvestedKg").value(200))
                .andExpect(jsonPath("$.fresh.availableKg").value(110))
                .andExpect(jsonPath("$.forms", hasSize(4)))
                .andExpect(jsonPath("$.forms[0].productForm").value("fresh"))
                .andExpect(jsonPath("$.forms[0].daysOfCover").doesNotExist())
                .andExpect(jsonPath("$.forms[1].productForm").value("dried"))
                .andExpect(jsonPath("$.forms[1].producedFeKg").value(90.0))
                .andExpect(jsonPath("$.forms[1].soldFeKg").value(18.0))
                .andExpect(jsonPath("$.forms[1].stockFeKg").value(72.0))
                .andExpect(jsonPath("$.forms[1].sellThrough").value(0.2))
                .andExpect(jsonPath("$.forms[1].meanDailySoldFeKg").value(2.571429))
                .andExpect(jsonPath("$.forms[1].daysOfCover").value(28.0))
                .andExpect(jsonPath("$.forms[1].oversold").value(false))
                .andExpect(jsonPath("$.notes", hasSize(2)));
    }

    @Test
    void asOfMovesTheCut() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/supply-demand?asOf=2026-09-13"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-09-13"))
                .andExpect(jsonPath("$.forms[1].soldFeKg").value(9.0));
    }

    @Test
    void theDocumentedExampleIsARealAnswer() throws Exception {
        this.facts.clear();
        ExampleWeek.fill(this.facts);

        String body = this.mvc
                .perform(get("/api/v1/insights/supply-demand"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonExamples.assertExampleIs(SupplyDemandController.EXAMPLE, JsonExamples.tree(body));
    }

    @Test
    void rejectsAnAsOfBeforeAnyEventCanBe() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/supply-demand?asOf=1999-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("asOf"));
    }
}
