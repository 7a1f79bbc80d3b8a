package io.gojichain.insights.preferences;

import static io.gojichain.insights.preferences.PreferencesCalculatorTests.sale;
import static io.gojichain.insights.web.AnalystRequests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.AnalyticsSliceBeans;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.web.AnalyticsSliceProblemAdvice;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PreferencesController.class)
@Import({AnalyticsSliceBeans.class, AnalyticsSliceProblemAdvice.class})
class PreferencesControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ListBackedInsightFacts facts;

    @BeforeEach
    void clear() {
        this.facts.clear();
    }

    @Test
    void answersTheSharesOfThePeriodAgainstThePreviousOne() throws Exception {
        // 2.5 kg dried x 4.5 = 11.25 feKg now; 1.00 kg x 4.5 = 4.5 feKg before
        this.facts.sales.add(sale(
                "2026-09-02", ProductForm.DRIED, Channel.ONLINE, "Guangdong", "0.25", "CNY", 4, 10, "2.5", "450.00"));
        this.facts.sales.add(sale(
                "2026-08-25", ProductForm.DRIED, Channel.ONLINE, "Guangdong", "0.25", "CNY", 2, 4, "1.00", "180.00"));
        this.facts.customerOrders.add(
                new CustomerOrdersFact("c1", ProductForm.DRIED, LocalDate.parse("2026-09-02"), 2));

        this.mvc
                .perform(get("/api/v1/insights/preferences")
                        .param("from", "2026-09-01")
                        .param("to", "2026-09-10")
                        .param("currency", "cny"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.period.from").value("2026-09-01"))
                .andExpect(jsonPath("$.period.to").value("2026-09-10"))
                .andExpect(jsonPath("$.previousPeriod.from").value("2026-08-22"))
                .andExpect(jsonPath("$.previousPeriod.to").value("2026-08-31"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.shares.productForm[0].key").value("dried"))
                .andExpect(jsonPath("$.shares.productForm[0].revenue.current").value("450.00"))
                .andExpect(jsonPath("$.shares.productForm[0].revenue.previous").value("180.00"))
                .andExpect(jsonPath("$.shares.productForm[0].revenue.share").value(1.0))
                .andExpect(jsonPath("$.shares.productForm[0].revenue.shareChangePp")
                        .value(0.0))
                // 450/180 - 1 = 1.5
                .andExpect(jsonPath("$.shares.productForm[0].revenue.growth").value(1.5))
                .andExpect(jsonPath("$.shares.productForm[0].feKg.current").value(11.25))
                .andExpect(jsonPath("$.shares.productForm[0].feKg.previous").value(4.5))
                .andExpect(jsonPath("$.shares.channel[0].key").value("online"))
                .andExpect(jsonPath("$.shares.region[0].key").value("Guangdong"))
                .andExpect(jsonPath("$.shares.packSize[0].key").value("0.1-0.5"))
                .andExpect(jsonPath("$.repeatPurchase.window.from").value("2026-06-13"))
                .andExpect(jsonPath("$.repeatPurchase.rows[0].productForm").value("dried"))
                .andExpect(jsonPath("$.repeatPurchase.rows[0].customers").value(1))
                .andExpect(jsonPath("$.repeatPurchase.rows[0].repeatCustomers").value(1))
                .andExpect(jsonPath("$.repeatPurchase.rows[0].rate").value(1.0));
    }

    @Test
    void writesNullGrowthWhenThePreviousPeriodIsEmpty() throws Exception {
        this.facts.sales.add(sale(
                "2026-09-02", ProductForm.DRIED, Channel.ONLINE, "Guangdong", "0.25", "CNY", 4, 10, "2.5", "450.00"));

        this.mvc
                .perform(get("/api/v1/insights/preferences")
                        .param("from", "2026-09-01")
                        .param("to", "2026-09-10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shares.productForm[0].revenue.growth").value(nullValue()))
                .andExpect(jsonPath("$.shares.productForm[0].revenue.previousShare")
                        .value(nullValue()))
                .andExpect(jsonPath("$.shares.productForm[0].feKg.growth").value(nullValue()));
    }

    @Test
    void defaultsToTheLastThirtyDaysEndingTodayInTheInsightsZone() throws Exception {
        // the clock reads 2026-09-10 04:00 in Shanghai (2026-09-09 in UTC)
        this.mvc
                .perform(get("/api/v1/insights/preferences"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2026-08-12"))
                .andExpect(jsonPath("$.period.to").value("2026-09-10"))
                .andExpect(jsonPath("$.previousPeriod.from").value("2026-07-13"))
                .andExpect(jsonPath("$.previousPeriod.to").value("2026-08-11"))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.shares.productForm").isEmpty())
                .andExpect(jsonPath("$.repeatPurchase.rows").isEmpty());
        assertThat(this.facts.queries).contains("sales 2026-08-12..2026-09-10", "sales 2026-07-13..2026-08-11");
    }

    @Test
    void rejectsFromAfterTo() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/preferences")
                        .param("from", "2026-09-11")
                        .param("to", "2026-09-10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rejectsACurrencyThatIsNotAnIsoCode() throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/preferences").param("currency", "yuan"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
