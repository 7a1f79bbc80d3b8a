package io.gojichain.insights.prices;

import static io.gojichain.insights.prices.PriceCalculatorTests.sale;
import static io.gojichain.insights.web.AnalystRequests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.AnalyticsSliceBeans;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.web.AnalyticsSliceProblemAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PricesController.class)
@Import({AnalyticsSliceBeans.class, AnalyticsSliceProblemAdvice.class})
class PricesControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ListBackedInsightFacts facts;

    @BeforeEach
    void clear() {
        this.facts.clear();
    }

    @Test
    void answersPricesAndValuePerFreshKg() throws Exception {
        // 12 x 0.25 kg dried at 45.00: 540.00 / 3 kg = 180.00 per kg; feKg 3 x 4.5 = 13.5; 540 / 13.5 = 40.00
        this.facts.sales.add(
                sale("2026-09-02", ProductForm.DRIED, Channel.ONLINE, "0.25", "CNY", 5, 12, "3.00", "540.00"));

        this.mvc
                .perform(get("/api/v1/insights/prices")
                        .param("from", "2026-09-01")
                        .param("to", "2026-09-10"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.period.from").value("2026-09-01"))
                .andExpect(jsonPath("$.period.to").value("2026-09-10"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.realizedPrices[0].productForm").value("dried"))
                .andExpect(jsonPath("$.realizedPrices[0].channel").value("online"))
                .andExpect(jsonPath("$.realizedPrices[0].currency").value("CNY"))
                .andExpect(jsonPath("$.realizedPrices[0].unit").value("kg"))
                .andExpect(jsonPath("$.realizedPrices[0].orders").value(5))
                .andExpect(jsonPath("$.realizedPrices[0].units").value(12))
                .andExpect(jsonPath("$.realizedPrices[0].volume").value(3.0))
                .andExpect(jsonPath("$.realizedPrices[0].revenue").value("540.00"))
                .andExpect(jsonPath("$.realizedPrices[0].price").value("180.00"))
                .andExpect(jsonPath("$.valuePerFreshKg[0].rank").value(1))
                .andExpect(jsonPath("$.valuePerFreshKg[0].feKg").value(13.5))
                .andExpect(jsonPath("$.valuePerFreshKg[0].feKgFactor").value(4.5))
                .andExpect(jsonPath("$.valuePerFreshKg[0].valuePerFreshKg").value("40.00"));
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource({
        "-999999999-01-01, -999999999-01-02, from, outside 2000-01-01..9999-12-31",
        "1999-12-31, 2000-01-05, from, outside 2000-01-01..9999-12-31",
        "9999-12-30, +10000-01-01, to, outside 2000-01-01..9999-12-31",
        "2000-01-01, 9999-12-31, from, at most 366 days",
        "2025-09-10, 2026-09-11, from, at most 366 days"
    })
    void aPeriodOutsideTheCountableDaysOrLongerThanTheLimitIsA400NamingIt(
            String from, String to, String parameter, String message) throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/prices").param("from", from).param("to", to))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(message)));
        assertThat(this.facts.queries).isEmpty();
    }

    @Test
    void theLongestPeriodIsAnswered() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/prices")
                        .param("from", "2025-09-11")
                        .param("to", "2026-09-11"))
                .andExpect(status().isOk());
    }

    @Test
    void defaultsToTheLastThirtyDaysEndingTodayInTheInsightsZone() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/prices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2026-08-12"))
                .andExpect(jsonPath("$.period.to").value("2026-09-10"))
                .andExpect(jsonPath("$.realizedPrices").isEmpty())
                .andExpect(jsonPath("$.valuePerFreshKg").isEmpty());
        assertThat(this.facts.queries).containsExactly("sales 2026-08-12..2026-09-10");
    }

    @Test
    void rejectsFromAfterTo() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/prices")
                        .param("from", "2026-09-11")
                        .param("to", "2026-09-10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "from | 2026-13-01 | from must be an ISO date (yyyy-MM-dd), not '2026-13-01'",
                "to | yesterday | to must be an ISO date (yyyy-MM-dd), not 'yesterday'"
            })
    void aMalformedDayIsA400NamingItsParameter(String parameter, String value, String message) throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/prices").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.errors[0].message").value(message));
        assertThat(this.facts.queries).isEmpty();
    }
}
