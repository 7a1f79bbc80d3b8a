package io.gojichain.insights.livestreams;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.livestreams.LivestreamDetail.MinuteSales;
import io.gojichain.insights.livestreams.LivestreamsReport.LivestreamSession;
import io.gojichain.insights.livestreams.LivestreamsReport.PeakMinute;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LivestreamCalculatorTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Period PERIOD = new Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-10"));

    private final ListBackedInsightFacts facts = new ListBackedInsightFacts();

    private final LivestreamCalculator calculator =
            new LivestreamCalculator(this.facts, ListBackedInsightFacts.defaultFactors());

    static LivestreamFact session(
            String id,
            String platform,
            String day,
            ProductForm form,
            String currency,
            long orders,
            long units,
            String volume,
            String revenue,
            String firstSale,
            String lastSale) {
        return new LivestreamFact(
                id,
                platform,
                LocalDate.parse(day),
                form,
                currency,
                orders,
                units,
                new BigDecimal(volume),
                new BigDecimal(revenue),
                Instant.parse(firstSale),
                Instant.parse(lastSale));
    }

    static LivestreamMinuteFact minute(String id, String minute, long orders, long units) {
        return new LivestreamMinuteFact(id, Instant.parse(minute), orders, units);
    }

    /**
     * <pre>
     * dy-1 (09-05): dried CNY 10.00 kg x 4.5 = 45, nfc_juice CNY 15.00 L x 1.3 = 19.5, dried USD 1.00 kg x 4.5
     *               = 4.5 -> 69.0 feKg; 30 + 10 + 2 = 42 orders; 40 + 60 + 4 = 104 units;
     *               CNY 1600 + 720 = 2320.00, USD 30.00; 12:00:41Z .. 14:15:02Z = PT2H14M21S
     * ks-2 (09-08): fresh 10 kg x 1.0 = 10 feKg
     * tb-3 (09-09): pulp 10 L x 1.15 = 11.5 feKg, one sale, no minute data
     * dy-4 (09-09): dried 1.0 kg x 4.5 = 4.5 feKg; aa-5 (09-09): dried 1.00 kg = 4.5 feKg too (id breaks the tie)
     * old  (08-31): outside the period
     * </pre>
     */
    private void fillSessions() {
        this.facts.livestreams.addAll(List.of(
                session(
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
                        "2026-09-05T13:10:00Z"),
                session(
                        "dy-1",
                        "douyin",
                        "2026-09-05",
                        ProductForm.NFC_JUICE,
                        "CNY",
                        10,
                        60,
                        "15.00",
                        "720.00",
                        "2026-09-05T12:05:00Z",
                        "2026-09-05T14:15:02Z"),
                session(
                        "dy-1",
                        "douyin",
                        "2026-09-05",
                        ProductForm.DRIED,
                        "USD",
                        2,
                        4,
                        "1.00",
                        "30.00",
                        "2026-09-05T12:30:00Z",
                        "2026-09-05T12:31:00Z"),
                session(
                        "ks-2",
                        "kuaishou",
                        "2026-09-08",
                        ProductForm.FRESH,
                        "CNY",
                        5,
                        5,
                        "10",
                        "200.00",
                        "2026-09-08T11:00:00Z",
                        "2026-09-08T11:30:00Z"),
                session(
                        "tb-3",
                        "taobao",
                        "2026-09-09",
                        ProductForm.PULP,
                        "CNY",
                        1,
                        1,
                        "10",
                        "190.00",
                        "2026-09-09T02:00:00Z",
                        "2026-09-09T02:00:00Z"),
                session(
                        "dy-4",
                        "douyin",
                        "2026-09-09",
                        ProductForm.DRIED,
                        "CNY",
                        2,
                        2,
                        "1.0",
                        "80.00",
                        "2026-09-09T04:00:00Z",
                        "2026-09-09T04:20:00Z"),
                session(
                        "aa-5",
                        "douyin",
                        "2026-09-09",
                        ProductForm.DRIED,
                        "CNY",
                        1,
                        4,
                        "1.00",
                        "100.00",
                        "2026-09-09T03:00:00Z",
                        "2026-09-09T03:00:00Z"),
                session(
                        "old",
                        "douyin",
                        "2026-08-31",
                        ProductForm.DRIED,
                        "CNY",
                        9,
                        9,
                        "90",
                        "9000.00",
                        "2026-08-31T03:00:00Z",
                        "2026-08-31T04:00:00Z")));
        // dy-1 minutes out of order; 12:31 and 13:00 both sold 42 units: 2 + 42 + 18 + 42 = 104
        this.facts.livestreamMinutes.addAll(List.of(
                minute("dy-1", "2026-09-05T13:00:00Z", 11, 42),
                minute("dy-1", "2026-09-05T12:00:00Z", 1, 2),
                minute("dy-1", "2026-09-05T12:45:00Z", 10, 18),
                minute("dy-1", "2026-09-05T12:31:00Z", 20, 42),
                minute("ks-2", "2026-09-08T11:00:00Z", 3, 3),
                minute("ks-2", "2026-09-08T11:30:00Z", 2, 2)));
    }

    @Test
    void topSessionsByFeKgWithTotalsOverAllSessions() {
        fillSessions();

        LivestreamsReport report = this.calculator.top(PERIOD, 3, ZONE);

        assertThat(report.period()).isEqualTo(PERIOD);
        assertThat(report.zone()).isEqualTo("Asia/Shanghai");
        assertThat(report.top()).isEqualTo(3);
        // feKg: dy-1 69, tb-3 11.5, ks-2 10, then aa-5 and dy-4 (4.5 each) are not listed
        assertThat(report.sessions())
                .extracting(LivestreamSession::livestreamId)
                .containsExactly("dy-1", "tb-3", "ks-2");
        // totals over all five: orders 42 + 5 + 1 + 2 + 1 = 51; units 104 + 5 + 1 + 2 + 4 = 116;
        // feKg 69 + 10 + 11.5 + 4.5 + 4.5 = 99.5; CNY 2320 + 200 + 190 + 80 + 100 = 2890.00; USD 30.00
        assertThat(report.totals().sessions()).isEqualTo(5);
        assertThat(report.totals().orders()).isEqualTo(51);
        assertThat(report.totals().units()).isEqualTo(116);
        assertThat(report.totals().feKg()).isEqualByComparingTo("99.5");
        assertThat(report.totals().revenue()).containsExactly(Map.entry("CNY", "2890.00"), Map.entry("USD", "30.00"));
        // minute series are read for the listed sessions only
        assertThat(this.facts.queries)
                .containsExactly(
                        "livestreams 2026-09-01..2026-09-10",
                        "livestreamMinutes dy-1",
                        "livestreamMinutes tb-3",
                        "livestreamMinutes ks-2");
    }

    @Test
    void aSessionSumsItsFormsAndCurrencies() {
        fillSessions();

        LivestreamSession dy1 = this.calculator.top(PERIOD, 10, ZONE).sessions().get(0);

        assertThat(dy1.platform()).isEqualTo("douyin");
        assertThat(dy1.orders()).isEqualTo(42);
        assertThat(dy1.units()).isEqualTo(104);
        assertThat(dy1.feKg()).isEqualByComparingTo("69.0");
        assertThat(dy1.revenue()).containsExactly(Map.entry("CNY", "2320.00"), Map.entry("USD", "30.00"));
        assertThat(dy1.firstSale()).isEqualTo(Instant.parse("2026-09-05T12:00:41Z"));
        assertThat(dy1.lastSale()).isEqualTo(Instant.parse("2026-09-05T14:15:02Z"));
        // 14:15:02 - 12:00:41 = 2 h 14 min 21 s
        assertThat(dy1.duration()).isEqualTo("PT2H14M21S");
        // 12:31 and 13:00 both sold 42 units: the earlier one is the peak
        assertThat(dy1.peakMinute()).isEqualTo(new PeakMinute(Instant.parse("2026-09-05T12:31:00Z"), 42, 20));
    }

    @Test
    void equalFeKgIsOrderedByIdAndASessionWithoutMinutesHasNoPeak() {
        fillSessions();

        List<LivestreamSession> sessions =
                this.calculator.top(PERIOD, 100, ZONE).sessions();

        assertThat(sessions)
                .extracting(LivestreamSession::livestreamId)
                .containsExactly("dy-1", "tb-3", "ks-2", "aa-5", "dy-4");
        LivestreamSession tb3 = sessions.get(1);
        // 10 L x 1.15 = 11.5
        assertThat(tb3.feKg()).isEqualByComparingTo("11.5");
        assertThat(tb3.duration()).isEqualTo("PT0S");
        assertThat(tb3.peakMinute()).isNull();
        assertThat(sessions.get(2).peakMinute()).isEqualTo(new PeakMinute(Instant.parse("2026-09-08T11:00:00Z"), 3, 3));
    }

    @Test
    void noSessionsGivesZeroTotals() {
        LivestreamsReport report = this.calculator.top(PERIOD, 10, ZONE);

        assertThat(report.sessions()).isEmpty();
        assertThat(report.totals().sessions()).isZero();
        assertThat(report.totals().orders()).isZero();
        assertThat(report.totals().units()).isZero();
        assertThat(report.totals().feKg()).isEqualByComparingTo("0");
        assertThat(report.totals().revenue()).isEmpty();
    }

    @Test
    void oneSessionWithItsMinutesInTimeOrder() {
        fillSessions();

        Optional<LivestreamDetail> detail = this.calculator.session("dy-1", ZONE);

        assertThat(detail).isPresent();
        assertThat(detail.get().zone()).isEqualTo("Asia/Shanghai");
        assertThat(detail.get().session().feKg()).isEqualByComparingTo("69.0");
        assertThat(detail.get().session().peakMinute())
                .isEqualTo(new PeakMinute(Instant.parse("2026-09-05T12:31:00Z"), 42, 20));
        assertThat(detail.get().minutes())
                .containsExactly(
                        new MinuteSales(Instant.parse("2026-09-05T12:00:00Z"), 1, 2),
                        new MinuteSales(Instant.parse("2026-09-05T12:31:00Z"), 20, 42),
                        new MinuteSales(Instant.parse("2026-09-05T12:45:00Z"), 10, 18),
                        new MinuteSales(Instant.parse("2026-09-05T13:00:00Z"), 11, 42));
        // minutes 20:00-21:00 on 09-05 in Shanghai: the facts are looked up 09-04..09-06
        assertThat(this.facts.queries).containsExactly("livestreamMinutes dy-1", "livestreams 2026-09-04..2026-09-06");
    }

    @Test
    void aSessionAcrossMidnightGathersFactsFiledUnderBothDays() {
        // 23:50 on 09-05 and 00:10 on 09-06 in Shanghai
        this.facts.livestreams.add(session(
                "night",
                "douyin",
                "2026-09-05",
                ProductForm.DRIED,
                "CNY",
                1,
                2,
                "0.5",
                "60.00",
                "2026-09-05T15:50:10Z",
                "2026-09-05T15:50:10Z"));
        this.facts.livestreams.add(session(
                "night",
                "douyin",
                "2026-09-06",
                ProductForm.NFC_JUICE,
                "CNY",
                1,
                4,
                "1.0",
                "40.00",
                "2026-09-05T16:10:20Z",
                "2026-09-05T16:10:20Z"));
        this.facts.livestreamMinutes.add(minute("night", "2026-09-05T15:50:00Z", 1, 2));
        this.facts.livestreamMinutes.add(minute("night", "2026-09-05T16:10:00Z", 1, 4));

        LivestreamSession night =
                this.calculator.session("night", ZONE).orElseThrow().session();

        // 0.5 x 4.5 + 1.0 x 1.3 = 2.25 + 1.3 = 3.55 feKg; 60 + 40 = 100.00; 15:50:10 .. 16:10:20 = PT20M10S
        assertThat(night.feKg()).isEqualByComparingTo("3.55");
        assertThat(night.revenue()).containsExactly(Map.entry("CNY", "100.00"));
        assertThat(night.duration()).isEqualTo("PT20M10S");
        assertThat(night.peakMinute()).isEqualTo(new PeakMinute(Instant.parse("2026-09-05T16:10:00Z"), 4, 1));
        assertThat(this.facts.queries).contains("livestreams 2026-09-04..2026-09-07");
    }

    @Test
    void unknownSessionIsEmpty() {
        fillSessions();

        assertThat(this.calculator.session("nope", ZONE)).isEmpty();
    }

    @Test
    void minutesWithoutSessionFactsAreEmptyToo() {
        this.facts.livestreamMinutes.add(minute("ghost", "2026-09-05T12:00:00Z", 1, 1));

        assertThat(this.calculator.session("ghost", ZONE)).isEmpty();
    }
}
