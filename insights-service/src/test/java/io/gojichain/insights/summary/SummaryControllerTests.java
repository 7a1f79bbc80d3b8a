package io.gojichain.insights.summary;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.TestFacts;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.InsightsNotReadyException;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.web.WebSliceConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SummaryController.class)
@Import(WebSliceConfiguration.class)
class SummaryControllerTests {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InsightFacts facts;

    @BeforeEach
    void totalsFromTheFacts() {
        // the interface's own way of adding up the facts; the store-backed one reads running totals
        when(this.facts.totals()).thenCallRealMethod();
    }

    @Test
    void anEmptyEngineAnswersTheContractShapeWithZeros() throws Exception {
        when(this.facts.harvests(any(), any())).thenReturn(List.of());
        when(this.facts.processing(any(), any())).thenReturn(List.of());
        when(this.facts.sales(any(), any())).thenReturn(List.of());

        this.mvc
                .perform(get("/api/v1/insights/summary"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                                {"events": {"harvested": 0, "dried": 0, "juiced": 0, "sold": 0},
                                 "harvestedKg": 0.0,
                                 "processedInputKg": {"dried": 0.0, "juiced": 0.0},
                                 "producedOutput": {"dried": {"kg": 0.0}, "nfc_juice": {"L": 0.0}, "pulp": {"L": 0.0}},
                                 "unitsSold": 0,
                                 "revenue": {"CNY": "0.00"},
                                 "feKgSold": 0}
                                """, JsonCompareMode.STRICT));
    }

    @Test
    void totalsOverEverythingCounted() throws Exception {
        when(this.facts.harvests(LocalDate.MIN, LocalDate.MAX))
                .thenReturn(
                        List.of(new HarvestFact(DAY, "Xinjiang", "Jinghe", "grade_a", 2, new BigDecimal("1550.75"))));
        when(this.facts.processing(LocalDate.MIN, LocalDate.MAX))
                .thenReturn(List.of(
                        new ProcessingFact(
                                DAY,
                                "D-1",
                                "P03",
                                ProductForm.DRIED,
                                "hot_air",
                                new BigDecimal("1350.25"),
                                new BigDecimal("300.05")),
                        new ProcessingFact(
                                DAY,
                                "J-1",
                                "P07",
                                ProductForm.NFC_JUICE,
                                "nfc_juice",
                                new BigDecimal("650"),
                                new BigDecimal("500"))));
        when(this.facts.sales(LocalDate.MIN, LocalDate.MAX))
                .thenReturn(List.of(
                        TestFacts.sales(
                                "2026-09-01",
                                ProductForm.DRIED,
                                Channel.ONLINE,
                                "Guangdong",
                                "D250",
                                "0.25",
                                "CNY",
                                3,
                                3,
                                "29.90"),
                        TestFacts.sales(
                                "2026-09-01",
                                ProductForm.DRIED,
                                Channel.ONLINE,
                                "Guangdong",
                                "D250",
                                "0.25",
                                "USD",
                                1,
                                1,
                                "4.50")));

        this.mvc
                .perform(get("/api/v1/insights/summary"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                                {"events": {"harvested": 2, "dried": 1, "juiced": 1, "sold": 4},
                                 "harvestedKg": 1550.75,
                                 "processedInputKg": {"dried": 1350.25, "juiced": 650},
                                 "producedOutput": {"dried": {"kg": 300.05}, "nfc_juice": {"L": 500}, "pulp": {"L": 0}},
                                 "unitsSold": 4,
                                 "revenue": {"CNY": "89.70", "USD": "4.50"},
                                 "feKgSold": 4.5}
                                """, JsonCompareMode.STRICT))
                .andExpect(content().string(containsString("\"revenue\":{\"CNY\":\"89.70\",\"USD\":\"4.50\"}")));
    }

    @Test
    void whileTheStoresAreNotReadyItIsA503WithRetryAfter() throws Exception {
        when(this.facts.harvests(any(), any()))
                .thenThrow(new InsightsNotReadyException("the insights engine is CREATED"));

        this.mvc
                .perform(get("/api/v1/insights/summary"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Insights not ready"))
                .andExpect(jsonPath("$.instance").value("/api/v1/insights/summary"));
    }

    @Test
    void anyOtherFailureIsAGeneric500WithoutItsMessage() throws Exception {
        when(this.facts.harvests(any(), any())).thenThrow(new IllegalStateException("secret internals at line 42"));

        this.mvc
                .perform(get("/api/v1/insights/summary"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gojichain.io/problems/internal-error"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }
}
