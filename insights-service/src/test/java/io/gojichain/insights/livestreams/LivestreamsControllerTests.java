package io.gojichain.insights.livestreams;

import static io.gojichain.insights.livestreams.LivestreamCalculatorTests.minute;
import static io.gojichain.insights.livestreams.LivestreamCalculatorTests.session;
import static io.gojichain.insights.web.AnalystRequests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.contracts.ProductForm;
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

@WebMvcTest(LivestreamsController.class)
@Import({AnalyticsSliceBeans.class, AnalyticsSliceProblemAdvice.class})
class LivestreamsControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ListBackedInsightFacts facts;

    @BeforeEach
    void fill() {
        this.facts.clear();
        // 40 x 0.25 kg dried = 10 kg x 4.5 = 45 feKg, 1600.00 CNY
        this.facts.livestreams.add(session(
                "dy-1",
                "douyin",
                "2026-09-05",
                ProductForm.DRIED,
                "CNY",
                30,
                40,
                "10.00",
                "1600.00",
                "2026-09-05T12:00:41Z",
                "2026-09-05T13:10:00Z"));
        this.facts.livestreamMinutes.add(minute("dy-1", "2026-09-05T12:00:00Z", 10, 15));
        this.facts.livestreamMinutes.add(minute("dy-1", "2026-09-05T12:01:00Z", 20, 25));
    }

    @Test
    void listsTheTopSessions() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/livestreams")
                        .param("from", "2026-09-01")
                        .param("to", "2026-09-10")
                        .param("top", "5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.period.from").value("2026-09-01"))
                .andExpect(jsonPath("$.period.to").value("2026-09-10"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.top").value(5))
                .andExpect(jsonPath("$.totals.sessions").value(1))
                .andExpect(jsonPath("$.totals.orders").value(30))
                .andExpect(jsonPath("$.totals.units").value(40))
                .andExpect(jsonPath("$.totals.feKg").value(45.0))
                .andExpect(jsonPath("$.totals.revenue.CNY").value("1600.00"))
                .andExpect(jsonPath("$.sessions[0].livestreamId").value("dy-1"))
                .andExpect(jsonPath("$.sessions[0].platform").value("douyin"))
                .andExpect(jsonPath("$.sessions[0].feKg").value(45.0))
                .andExpect(jsonPath("$.sessions[0].revenue.CNY").value("1600.00"))
                .andExpect(jsonPath("$.sessions[0].firstSale").value("2026-09-05T12:00:41Z"))
                .andExpect(jsonPath("$.sessions[0].lastSale").value("2026-09-05T13:10:00Z"))
                // 13:10:00 - 12:00:41 = 1 h 9 min 19 s
                .andExpect(jsonPath("$.sessions[0].duration").value("PT1H9M19S"))
                .andExpect(jsonPath("$.sessions[0].peakMinute.minute").value("2026-09-05T12:01:00Z"))
                .andExpect(jsonPath("$.sessions[0].peakMinute.units").value(25))
                .andExpect(jsonPath("$.sessions[0].peakMinute.orders").value(20));
    }

    @Test
    void defaultsToTheLastThirtyDaysAndTenSessions() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/livestreams"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2026-08-12"))
                .andExpect(jsonPath("$.period.to").value("2026-09-10"))
                .andExpect(jsonPath("$.top").value(10));
        assertThat(this.facts.queries).startsWith("livestreams 2026-08-12..2026-09-10");
    }

    @Test
    void rejectsTopOutsideOneToHundred() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/livestreams").param("top", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        this.mvc
                .perform(get("/api/v1/insights/livestreams").param("top", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        this.mvc
                .perform(get("/api/v1/insights/livestreams").param("top", "100"))
                .andExpect(status().isOk());
    }

    @Test
    void rejectsFromAfterTo() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/livestreams")
                        .param("from", "2026-09-11")
                        .param("to", "2026-09-10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersOneSessionWithItsMinutes() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/livestreams/{id}", "dy-1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.session.livestreamId").value("dy-1"))
                .andExpect(jsonPath("$.session.units").value(40))
                .andExpect(jsonPath("$.minutes.length()").value(2))
                .andExpect(jsonPath("$.minutes[0].minute").value("2026-09-05T12:00:00Z"))
                .andExpect(jsonPath("$.minutes[0].orders").value(10))
                .andExpect(jsonPath("$.minutes[0].units").value(15))
                .andExpect(jsonPath("$.minutes[1].minute").value("2026-09-05T12:01:00Z"));
    }

    @Test
    void anUnknownSessionIsNotFound() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/livestreams/{id}", "nope").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.livestreamId").value("nope"));
    }
}
