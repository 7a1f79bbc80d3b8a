package io.gojichain.insights.trace;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.FixedInsightFacts;
import io.gojichain.insights.facts.FixedLinkFacts;
import io.gojichain.insights.farms.TraceabilityFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/trace}: forward from a lot with its mass balance, back from a batch, 404s. */
@WebMvcTest(TraceController.class)
@Import(AnalyticsSliceConfig.class)
class TraceControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private FixedLinkFacts links;

    @Autowired
    private FixedInsightFacts facts;

    @BeforeEach
    void fill() {
        TraceabilityFixture.fill(this.links, this.facts);
    }

    @Test
    void forwardFromALot() throws Exception {
        this.mvc
                .perform(get("/api/v1/trace/lots/L1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lot.farmId").value("F1"))
                .andExpect(jsonPath("$.lot.cooperativeId").value("C1"))
                .andExpect(jsonPath("$.batches[*].batchId").value(contains("B1")))
                .andExpect(jsonPath("$.batches[0].kgTaken").value(30))
                .andExpect(jsonPath("$.batches[0].inputKg").value(60))
                .andExpect(jsonPath("$.batches[0].outputUnit").value("kg"))
                .andExpect(jsonPath("$.sales[*].batchId").value(contains("B1", "L1")))
                .andExpect(jsonPath("$.sales[0].orders").value(3))
                .andExpect(jsonPath("$.sales[0].feKg").value(6.75))
                .andExpect(jsonPath("$.sales[0].revenue.CNY").value("100.00"))
                .andExpect(jsonPath("$.sales[0].lotFeKg").value(3.375))
                .andExpect(jsonPath("$.sales[0].lotRevenue.CNY").value("50.00"))
                .andExpect(jsonPath("$.sales[1].productForm").value("fresh"))
                .andExpect(jsonPath("$.attributed.soldFeKg").value(8.375))
                .andExpect(jsonPath("$.attributed.revenue.CNY").value("125.00"))
                .andExpect(jsonPath("$.massBalance.harvestedKg").value(100))
                .andExpect(jsonPath("$.massBalance.givenToProcessingKg").value(30))
                .andExpect(jsonPath("$.massBalance.excessKg").value(0))
                .andExpect(jsonPath("$.massBalance.overdrawn").value(false));
    }

    @Test
    void anOverdrawnLotShowsItsExcess() throws Exception {
        // 10.6 kg taken from 10 harvested: 0.6 over, beyond the 0.5 % tolerance (10.05)
        this.mvc
                .perform(get("/api/v1/trace/lots/L4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.massBalance.givenToProcessingKg").value(10.6))
                .andExpect(jsonPath("$.massBalance.excessKg").value(0.6))
                .andExpect(jsonPath("$.massBalance.overdrawn").value(true));
    }

    @Test
    void backFromABatch() throws Exception {
        this.mvc
                .perform(get("/api/v1/trace/batches/B1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form").value("dried"))
                .andExpect(jsonPath("$.method").value("hot_air"))
                .andExpect(jsonPath("$.inputKg").value(60))
                .andExpect(jsonPath("$.inputs", hasSize(3)))
                .andExpect(jsonPath("$.inputs[0].share").value(0.5))
                .andExpect(jsonPath("$.inputs[2].lotId").value("LX"))
                .andExpect(jsonPath("$.inputs[2].known").value(false))
                .andExpect(jsonPath("$.inputs[2].farmId").doesNotExist())
                .andExpect(jsonPath("$.farms[*].farmId").value(contains("F1", "F2")))
                .andExpect(jsonPath("$.farms[1].kg").value(10))
                .andExpect(jsonPath("$.cooperatives[0].cooperativeId").value("C1"))
                .andExpect(jsonPath("$.cooperatives[0].kg").value(40))
                .andExpect(jsonPath("$.sales.orders").value(3))
                .andExpect(jsonPath("$.sales.feKg").value(6.75))
                .andExpect(jsonPath("$.sales.revenue.CNY").value("100.00"));
    }

    @Test
    void unknownLotsAndBatchesAre404Problems() throws Exception {
        this.mvc
                .perform(get("/api/v1/trace/lots/LX"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/not-found"))
                .andExpect(jsonPath("$.lotId").value("LX"));
        this.mvc
                .perform(get("/api/v1/trace/batches/NO-SUCH-BATCH"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.batchId").value("NO-SUCH-BATCH"));
    }
}
