package io.gojichain.insights.demand;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.TestFacts;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.InsightsNotReadyException;
import io.gojichain.insights.web.WebSliceConfiguration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DemandController.class)
@Import(WebSliceConfiguration.class)
class DemandControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InsightFacts facts;

    @Test
    void answersTheContractShapeWithRowsSortedByBucketThenKey() throws Exception {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 9, 2);
        when(this.facts.sales(from, to))
                .thenReturn(List.of(
                        TestFacts.sales(
                                "2026-09-01",
                                ProductForm.DRIED,
                                Channel.ONLINE,
                                "Guangdong",
                                "D250",
                                "0.25",
                                "CNY",
                                12,
                                30,
                                "29.90"),
                        TestFacts.sales(
                                "2026-09-02",
                                ProductForm.DRIED,
                                Channel.ONLINE,
                                "Guangdong",
                                "D250",
                                "0.25",
                                "USD",
                                1,
                                2,
                                "6.00"),
                        TestFacts.sales(
                                "2026-09-01",
                                ProductForm.NFC_JUICE,
                                Channel.LIVESTREAM,
                                "Zhejiang",
                                "J300",
                                "0.3",
                                "CNY",
                                4,
                                9,
                                "59.00")));

        this.mvc
                .perform(get("/api/v1/insights/demand?dimension=productForm&bucket=day&from=2026-09-01&to=2026-09-02"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                                {"dimension": "productForm", "bucket": "day", "zone": "Asia/Shanghai",
                                 "period": {"from": "2026-09-01", "to": "2026-09-02"},
                                 "rows": [
                                   {"bucketStart": "2026-09-01", "key": "dried", "orders": 12, "units": 30,
                                    "feKg": 33.75, "revenue": {"CNY": "897.00"}},
                                   {"bucketStart": "2026-09-01", "key": "nfc_juice", "orders": 4, "units": 9,
                                    "feKg": 3.51, "revenue": {"CNY": "531.00"}},
                                   {"bucketStart": "2026-09-02", "key": "dried", "orders": 1, "units": 2,
                                    "feKg": 2.25, "revenue": {"USD": "12.00"}}
                                 ]}
                                """, JsonCompareMode.STRICT))
                // exact decimals on the wire, no trailing zeros, no exponent
                .andExpect(content().string(containsString("\"feKg\":33.75,")));
    }

    @Test
    void withoutParametersItIsProductFormByDayOverTheLast30DaysEndingTodayInShanghai() throws Exception {
        when(this.facts.sales(any(), any())).thenReturn(List.of());

        this.mvc
                .perform(get("/api/v1/insights/demand"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                                {"dimension": "productForm", "bucket": "day", "zone": "Asia/Shanghai",
                                 "period": {"from": "2026-08-04", "to": "2026-09-02"}, "rows": []}
                                """, JsonCompareMode.STRICT));
        verify(this.facts).sales(LocalDate.of(2026, 8, 4), LocalDate.of(2026, 9, 2));
    }

    @Test
    void weeksAndMonthsMayCoverTenYears() throws Exception {
        when(this.facts.sales(any(), any())).thenReturn(List.of());

        // 2017-01-01 .. 2026-12-31 is 3652 days
        this.mvc
                .perform(get("/api/v1/insights/demand?bucket=month&from=2017-01-01&to=2026-12-31"))
                .andExpect(status().isOk());
        this.mvc
                .perform(get("/api/v1/insights/demand?bucket=day&from=2025-09-02&to=2026-09-02"))
                .andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "dimension=colour | dimension | dimension must be one of productForm, channel, region, sku",
                "bucket=year | bucket | bucket must be one of day, week, month",
                "from=2026-13-01 | from | from must be an ISO date (yyyy-MM-dd), not '2026-13-01'",
                "to=yesterday | to | to must be an ISO date (yyyy-MM-dd), not 'yesterday'",
                "from=2026-09-02&to=2026-09-01 | from | from (2026-09-02) is after to (2026-09-01)",
                "from=2026-09-03 | from | from (2026-09-03) is after to (2026-09-02)",
                // 367 days
                "from=2025-09-01&to=2026-09-02 | from | a day bucket covers at most 366 days",
                // 3661 days
                "bucket=week&from=2016-08-25&to=2026-09-02 | from | a week bucket covers at most 3660 days"
            })
    void aQueryItCannotAnswerIsA400NamingTheParameter(String query, String parameter, String message) throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/demand?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/invalid-query"))
                .andExpect(jsonPath("$.title").value("Invalid query"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/v1/insights/demand"))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(message)))
                .andExpect(jsonPath("$.detail").value(containsString(message)))
                .andExpect(content().string(not(containsString("Exception"))));
        verifyNoInteractions(this.facts);
    }

    @Test
    void whileTheStoresAreNotReadyItIsA503WithRetryAfter() throws Exception {
        when(this.facts.sales(any(), any()))
                .thenThrow(new InsightsNotReadyException("the insights engine is REBALANCING"));

        this.mvc
                .perform(get("/api/v1/insights/demand"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/not-ready"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(content().string(not(containsString("REBALANCING"))));
    }
}
