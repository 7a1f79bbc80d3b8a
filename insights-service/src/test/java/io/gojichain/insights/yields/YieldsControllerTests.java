package io.gojichain.insights.yields;

import static io.gojichain.insights.web.AnalystRequests.get;
import static io.gojichain.insights.yields.YieldCalculatorTests.batch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.insights.facts.AnalyticsSliceBeans;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.web.AnalyticsSliceProblemAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(YieldsController.class)
@Import({AnalyticsSliceBeans.class, AnalyticsSliceProblemAdvice.class})
class YieldsControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ListBackedInsightFacts facts;

    @BeforeEach
    void clear() {
        this.facts.clear();
    }

    @Test
    void answersGroupsWithTheirOutliers() throws Exception {
        // 130 / 100 = 1.3 and 180 / 100 = 1.8 L: the second is above 1.7
        this.facts.processing.add(batch("2026-09-02", "j1", "proc-1", "nfc_juice", "130", "100"));
        this.facts.processing.add(batch("2026-09-03", "j2", "proc-1", "nfc_juice", "180", "100"));

        this.mvc
                .perform(get("/api/v1/insights/yields")
                        .param("from", "2026-09-01")
                        .param("to", "2026-09-10"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.period.from").value("2026-09-01"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.groups[0].processorId").value("proc-1"))
                .andExpect(jsonPath("$.groups[0].method").value("nfc_juice"))
                .andExpect(jsonPath("$.groups[0].product").value("nfc_juice"))
                .andExpect(jsonPath("$.groups[0].unit").value("L"))
                .andExpect(jsonPath("$.groups[0].batches").value(2))
                .andExpect(jsonPath("$.groups[0].inputKg").value(310))
                .andExpect(jsonPath("$.groups[0].outputQuantity").value(200))
                // 310 / 200 = 1.55
                .andExpect(jsonPath("$.groups[0].yield").value(1.55))
                .andExpect(jsonPath("$.groups[0].configuredFactor").value(1.3))
                .andExpect(jsonPath("$.groups[0].plausibleRange.min").value(1.0))
                .andExpect(jsonPath("$.groups[0].plausibleRange.max").value(1.7))
                .andExpect(jsonPath("$.groups[0].outliers[0].batchId").value("j2"))
                .andExpect(jsonPath("$.groups[0].outliers[0].day").value("2026-09-03"))
                .andExpect(jsonPath("$.groups[0].outliers[0].yield").value(1.8))
                .andExpect(jsonPath("$.groups[0].outliers[0].sigmas").value(nullValue()))
                .andExpect(jsonPath("$.groups[0].outliers[0].reasons[0]").value("outside_plausible_range"));
    }

    @Test
    void defaultsToTheLastThirtyDaysEndingTodayInTheInsightsZone() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/yields"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2026-08-12"))
                .andExpect(jsonPath("$.period.to").value("2026-09-10"))
                .andExpect(jsonPath("$.groups").isEmpty());
        assertThat(this.facts.queries).containsExactly("processing 2026-08-12..2026-09-10");
    }

    @Test
    void rejectsFromAfterTo() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/yields")
                        .param("from", "2026-09-11")
                        .param("to", "2026-09-10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
