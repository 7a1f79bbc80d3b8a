package io.gojichain.insights.farms;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.FixedInsightFacts;
import io.gojichain.insights.facts.FixedLinkFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/insights/farms}: the shapes farmer.js reads, exact figures, 404, periods, 503. */
@WebMvcTest(FarmsController.class)
@Import(AnalyticsSliceConfig.class)
class FarmsControllerTests {

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
    void farmsCooperativesCountyAndTheUnattributedRest() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/farms?from=2026-09-01&to=2026-09-14"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.period.from").value("2026-09-01"))
                // L4 and its farm did nothing in the period
                .andExpect(jsonPath("$.farms[*].farmId").value(contains("F1", "F2", "F3")))
                .andExpect(jsonPath("$.farms[0].cooperativeId").value("C1"))
                .andExpect(jsonPath("$.farms[0].lots").value(1))
                .andExpect(jsonPath("$.farms[0].harvestedKg").value(100))
                .andExpect(jsonPath("$.farms[0].processedKg.dried").value(30))
                .andExpect(jsonPath("$.farms[0].processedKg.juiced").value(0))
                .andExpect(jsonPath("$.farms[0].soldFeKg").value(8.375))
                .andExpect(jsonPath("$.farms[0].revenue.CNY").value("125.00"))
                .andExpect(jsonPath("$.farms[0].valuePerFreshKg.CNY").value("14.93"))
                .andExpect(jsonPath("$.farms[1].revenue.CNY").value("16.67"))
                .andExpect(jsonPath("$.farms[2].cooperativeId").doesNotExist())
                .andExpect(jsonPath("$.farms[2].processedKg.juiced").value(30))
                .andExpect(jsonPath("$.farms[2].soldFeKg").value(2.6))
                .andExpect(jsonPath("$.cooperatives", hasSize(1)))
                .andExpect(jsonPath("$.cooperatives[0].cooperativeId").value("C1"))
                .andExpect(jsonPath("$.cooperatives[0].farms").value(2))
                .andExpect(jsonPath("$.cooperatives[0].lots").value(2))
                .andExpect(jsonPath("$.cooperatives[0].harvestedKg").value(150))
                .andExpect(jsonPath("$.cooperatives[0].processedKg.dried").value(40))
                // 8.375 + 1.125 = 9.5 feKg; 125 + 16.666... = 141.67; 141.666... / 9.5 = 14.912...
                .andExpect(jsonPath("$.cooperatives[0].soldFeKg").value(9.5))
                .andExpect(jsonPath("$.cooperatives[0].revenue.CNY").value("141.67"))
                .andExpect(jsonPath("$.cooperatives[0].valuePerFreshKg.CNY").value("14.91"))
                .andExpect(jsonPath("$.county.soldFeKg").value(12.1))
                .andExpect(jsonPath("$.county.revenue.CNY").value("191.67"))
                .andExpect(jsonPath("$.county.valuePerFreshKg.CNY").value("15.84"))
                // farms 8.375 + 1.125 + 2.6 and the rest 14.5 make the 26.6 feKg sold; 125.00 + 16.67
                // + 50.00 + 173.33 the 365.00 CNY, as /demand counts them
                .andExpect(jsonPath("$.unattributed.soldFeKg").value(14.5))
                .andExpect(jsonPath("$.unattributed.revenue.CNY").value("173.33"))
                .andExpect(jsonPath("$.unattributed.valuePerFreshKg.CNY").value("11.95"));
    }

    @Test
    void oneFarmLotByLot() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/farms/F1?from=2026-09-01&to=2026-09-14"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.farm.farmId").value("F1"))
                .andExpect(jsonPath("$.farm.soldFeKg").value(8.375))
                .andExpect(jsonPath("$.lots", hasSize(1)))
                .andExpect(jsonPath("$.lots[0].lotId").value("L1"))
                .andExpect(jsonPath("$.lots[0].harvestedKg").value(100))
                .andExpect(jsonPath("$.lots[0].harvestedAt").value("2026-09-01T04:00:00Z"))
                .andExpect(jsonPath("$.lots[0].batches[0].batchId").value("B1"))
                .andExpect(jsonPath("$.lots[0].batches[0].form").value("dried"))
                .andExpect(jsonPath("$.lots[0].batches[0].method").value("hot_air"))
                .andExpect(jsonPath("$.lots[0].batches[0].processedAt").value("2026-09-02T04:00:00Z"))
                .andExpect(jsonPath("$.lots[0].batches[0].kgTaken").value(30))
                .andExpect(jsonPath("$.lots[0].revenue.CNY").value("125.00"))
                .andExpect(jsonPath("$.lots[0].valuePerFreshKg.CNY").value("14.93"))
                .andExpect(jsonPath("$.lots[0].byChannel[*].key").value(contains("online", "offline")))
                .andExpect(jsonPath("$.lots[0].byChannel[0].orders").value(3))
                .andExpect(jsonPath("$.lots[0].byChannel[0].feKg").value(3.375))
                .andExpect(jsonPath("$.lots[0].byChannel[0].revenue.CNY").value("50.00"))
                .andExpect(jsonPath("$.lots[0].byProvince[0].key").value("Guangdong"))
                .andExpect(jsonPath("$.lots[0].byProvince[0].feKg").value(8.375));
    }

    @Test
    void aKnownFarmWithNothingInThePeriodHasNoLots() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/farms/F4?from=2026-09-01&to=2026-09-14"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lots", hasSize(0)))
                .andExpect(jsonPath("$.farm.soldFeKg").value(0));
    }

    @Test
    void anUnknownFarmIsA404Problem() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/farms/NO-SUCH-FARM"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/not-found"))
                .andExpect(jsonPath("$.farmId").value("NO-SUCH-FARM"));
    }

    @Test
    void periodsAreCheckedAsEverywhereElse() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/farms?from=2026-09-10&to=2026-09-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/invalid-query"))
                .andExpect(jsonPath("$.parameter").value("from"));
        this.mvc
                .perform(get("/api/v1/insights/farms/F1?from=2024-01-01&to=2026-09-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
        this.mvc
                .perform(get("/api/v1/insights/farms?to=2026-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("to"));
        // default: the 30 days to today (2026-09-14)
        this.mvc
                .perform(get("/api/v1/insights/farms"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2026-08-16"))
                .andExpect(jsonPath("$.period.to").value("2026-09-14"));
    }

    @Test
    void notReadyIsA503WithRetryAfter() throws Exception {
        this.links.ready(false);
        this.mvc
                .perform(get("/api/v1/insights/farms"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }
}
