package io.gojichain.insights.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.insights.facts.Period;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Numbers as the sentences print them, per locale; both languages carry every sentence. */
class SentenceRendererTests {

    private static final SentenceRenderer EN = SentenceRenderer.ENGLISH;

    private static final SentenceRenderer ZH =
            new SentenceRenderer(FarmSignalsTests.messages()::getMessage, Locale.SIMPLIFIED_CHINESE);

    private static String en(BigDecimal value, Sentence.Style style) {
        return EN.number(value, style);
    }

    @Test
    void feKgIsWholeFromAHundredAndHalfEven() {
        assertThat(en(new BigDecimal("1230"), Sentence.Style.FE_KG)).isEqualTo("1,230");
        assertThat(en(new BigDecimal("1237.5"), Sentence.Style.FE_KG)).isEqualTo("1,238");
        assertThat(en(new BigDecimal("866.5"), Sentence.Style.FE_KG)).isEqualTo("866");
        assertThat(en(new BigDecimal("86.55"), Sentence.Style.FE_KG)).isEqualTo("86.6");
        assertThat(en(new BigDecimal("86.45"), Sentence.Style.FE_KG)).isEqualTo("86.4");
        assertThat(en(BigDecimal.ZERO, Sentence.Style.FE_KG)).isEqualTo("0.0");
        assertThat(en(new BigDecimal("-1234567.8"), Sentence.Style.FE_KG)).isEqualTo("-1,234,568");
    }

    @Test
    void percentagesAndPoints() {
        assertThat(en(new BigDecimal("0.4203"), Sentence.Style.PERCENT)).isEqualTo("42%");
        assertThat(en(new BigDecimal("0.342"), Sentence.Style.SHARE)).isEqualTo("34.2%");
        assertThat(en(new BigDecimal("0.142"), Sentence.Style.POINTS)).isEqualTo("+14.2");
        assertThat(en(new BigDecimal("-0.042"), Sentence.Style.POINTS)).isEqualTo("-4.2");
        assertThat(en(new BigDecimal("1234.5"), Sentence.Style.MONEY)).isEqualTo("1,234.50");
        // German, say, would write 1.234,50: the locale's symbols, not a fixed pattern
        assertThat(new SentenceRenderer((code, args, locale) -> code, Locale.GERMANY)
                        .number(new BigDecimal("1234.5"), Sentence.Style.MONEY))
                .isEqualTo("1.234,50");
        assertThat(ZH.number(new BigDecimal("1234.5"), Sentence.Style.MONEY)).isEqualTo("1,234.50");
    }

    @Test
    void comparisonNamesTheWeekInEitherLanguage() {
        LocalDate day = LocalDate.parse("2026-09-14");
        Sentence week = DemandSurgeRule.comparison(new Period(day.minusDays(6), day));
        Sentence month = DemandSurgeRule.comparison(new Period(day.minusDays(29), day));
        assertThat(EN.render(week)).isEqualTo("week on week");
        assertThat(EN.render(month)).isEqualTo("on the previous 30 days");
        assertThat(ZH.render(week)).isEqualTo("环比上周");
        assertThat(ZH.render(month)).isEqualTo("较前 30 天");
    }

    @Test
    void bothLanguagesHaveEverySentenceAndTerm() throws Exception {
        Properties en = load("/messages_en.properties");
        Properties zh = load("/messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).contains("signal.mass_balance", "signal.cooperative_value.more");
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = SentenceRendererTests.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
