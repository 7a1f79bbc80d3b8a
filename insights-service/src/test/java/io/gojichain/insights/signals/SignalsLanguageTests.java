package io.gojichain.insights.signals;

import static io.gojichain.insights.web.AnalystRequests.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.FixedInsightFacts;
import io.gojichain.insights.facts.FixedLinkFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signal sentences follow Accept-Language: Chinese for zh, zh-CN, zh-Hans (and zh-TW), English
 * otherwise and by default; fields, codes and ids stay English either way.
 */
@WebMvcTest(SignalsController.class)
@Import(AnalyticsSliceConfig.class)
class SignalsLanguageTests {

    private static final String SURGE_EN =
            "NFC juice demand up 136% week on week in Guangdong (239 feKg vs 101): shift fresh lots to juicing";

    private static final String SURGE_ZH = "Guangdong NFC 原汁需求环比上周增长 136%（239 对 101 鲜果当量千克）：把更多鲜果批次转去制汁";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private FixedInsightFacts facts;

    @Autowired
    private FixedLinkFacts links;

    @BeforeEach
    void fill() {
        this.facts.clear();
        this.facts.addSales(SignalsCalculatorTests.juiceWithASellOut());
        this.links.clear();
        // lot L9 gave 106 kg from 100 harvested, in the period
        this.links.add(FixedLinkFacts.lot("L9", "F9", "COOP-9", "2026-09-08", "100"));
        this.links.add(FixedLinkFacts.dried("X1", "2026-09-09", "20", "L9", "106"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "en-US", "fr-FR, de;q=0.8"})
    void englishByDefault(String language) throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/signals").header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signals[0].sentence").value(SURGE_EN))
                .andExpect(jsonPath("$.signals[?(@.kind == 'mass_balance')].sentence")
                        .value(hasItem(startsWith("Lot L9 (farm F9, COOP-9) gave 106 kg to processing"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-TW", "fr;q=0.5, zh;q=0.9"})
    void chineseForAnyChinese(String language) throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/signals").header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signals[0].sentence").value(SURGE_ZH))
                .andExpect(jsonPath("$.signals[0].kind").value("demand_surge"))
                .andExpect(jsonPath("$.signals[0].evidence.productForm").value("nfc_juice"))
                .andExpect(jsonPath("$.signals[0].audience[0]").value("farmers"))
                .andExpect(jsonPath("$.signals[?(@.kind == 'mass_balance')].sentence")
                        .value(hasItem("批次 L9（农户 F9，COOP-9）交给加工 106 千克，但只采收了 100 千克：比采收量多 6.0 千克（6.0%）；"
                                + "请核对其 1 个加工批次的称重记录")))
                .andExpect(jsonPath("$.signals[?(@.kind == 'mass_balance')].evidence.lotId")
                        .value(hasItem("L9")))
                .andExpect(jsonPath("$.signals[?(@.kind == 'mass_balance')].evidence.cooperativeId")
                        .value(hasItem("COOP-9")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everySentenceIsInWords(String language) throws Exception {
        this.mvc
                .perform(get("/api/v1/insights/signals").header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signals[*].sentence").value(everyItem(not(""))))
                .andExpect(jsonPath("$.signals[*].sentence").value(everyItem(not(containsString("{")))));
    }
}
