package io.gojichain.insights.yields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.yields.YieldsReport.OutlierReason;
import io.gojichain.insights.yields.YieldsReport.Range;
import io.gojichain.insights.yields.YieldsReport.YieldGroup;
import io.gojichain.insights.yields.YieldsReport.YieldOutlier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class YieldCalculatorTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Period PERIOD = new Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"));

    private final ListBackedInsightFacts facts = new ListBackedInsightFacts();

    private final YieldCalculator calculator = new YieldCalculator(this.facts, ListBackedInsightFacts.defaultFactors());

    static ProcessingFact batch(String day, String batchId, String processor, String method, String in, String out) {
        ProductForm output = switch (method) {
            case "nfc_juice" -> ProductForm.NFC_JUICE;
            case "pulp" -> ProductForm.PULP;
            default -> ProductForm.DRIED;
        };
        return new ProcessingFact(
                LocalDate.parse(day), batchId, processor, output, method, new BigDecimal(in), new BigDecimal(out));
    }

    /**
     * proc-1 sun-dried, six batches: 450/100 = 4.5, 460/100 = 4.6, 440/100 = 4.4, 455/100 = 4.55,
     * 445/100 = 4.45 and 300/50 = 6.0 (plausible, but far from the others).
     */
    private void fillSunDried() {
        this.facts.processing.addAll(List.of(
                batch("2026-09-02", "s1", "proc-1", "sun", "450", "100"),
                batch("2026-09-03", "s2", "proc-1", "sun", "460", "100"),
                batch("2026-09-04", "s3", "proc-1", "sun", "440", "100"),
                batch("2026-09-05", "s4", "proc-1", "sun", "455", "100"),
                batch("2026-09-06", "s5", "proc-1", "sun", "445", "100"),
                batch("2026-09-17", "s6", "proc-1", "sun", "300", "50")));
    }

    @Test
    void groupYieldMeanSpreadAndTheConfiguredFactor() {
        fillSunDried();

        YieldGroup sun = this.calculator.report(PERIOD, ZONE).groups().get(0);

        assertThat(sun.processorId()).isEqualTo("proc-1");
        assertThat(sun.method()).isEqualTo("sun");
        assertThat(sun.product()).isEqualTo(ProductForm.DRIED);
        assertThat(sun.unit()).isEqualTo(PackUnit.KG);
        assertThat(sun.batches()).isEqualTo(6);
        // 450 + 460 + 440 + 455 + 445 + 300 = 2550 kg in; 5 x 100 + 50 = 550 kg out
        assertThat(sun.inputKg()).isEqualByComparingTo("2550");
        assertThat(sun.outputQuantity()).isEqualByComparingTo("550");
        // 2550 / 550 = 4.636364 -> 4.6364
        assertThat(sun.yield()).isEqualTo(new BigDecimal("4.6364"));
        // (4.5 + 4.6 + 4.4 + 4.55 + 4.45 + 6.0) / 6 = 28.5 / 6 = 4.75
        assertThat(sun.meanBatchYield()).isEqualTo(new BigDecimal("4.7500"));
        // deviations -0.25 -0.15 -0.35 -0.2 -0.3 1.25; squares 0.0625 + 0.0225 + 0.1225 + 0.04 + 0.09 + 1.5625
        // = 1.9; / 5 = 0.38; sqrt = 0.616441 -> 0.6164
        assertThat(sun.stdDevBatchYield()).isEqualTo(new BigDecimal("0.6164"));
        assertThat(sun.configuredFactor()).isEqualByComparingTo("4.5");
        // (2550 - 550 x 4.5) / (550 x 4.5) = 75 / 2475 = 0.030303 -> 0.0303
        assertThat(sun.deviationFromConfigured()).isEqualTo(new BigDecimal("0.0303"));
        assertThat(sun.plausibleRange()).isEqualTo(PlausibleYields.DRIED);
    }

    @Test
    void aBatchFarFromTheOthersOfItsGroupIsBeyondThreeSigma() {
        fillSunDried();

        List<YieldOutlier> outliers =
                this.calculator.report(PERIOD, ZONE).groups().get(0).outliers();

        // s6 against the other five: mean 22.5 / 5 = 4.5; squares 0 + 0.01 + 0.01 + 0.0025 + 0.0025 = 0.025;
        // / 4 = 0.00625; sd = 0.0790569; (6.0 - 4.5) / 0.0790569 = 18.9737 -> 18.97 > 3.
        // s1 against the others: mean 24.0 / 5 = 4.8; squares 0.04 + 0.16 + 0.0625 + 0.1225 + 1.44 = 1.825;
        // / 4 = 0.45625; sd = 0.675463; |4.5 - 4.8| / 0.675463 = 0.44: not an outlier (nor are s2..s5)
        assertThat(outliers)
                .containsExactly(new YieldOutlier(
                        "s6",
                        LocalDate.parse("2026-09-17"),
                        new BigDecimal("300"),
                        new BigDecimal("50"),
                        new BigDecimal("6.0000"),
                        new BigDecimal("18.97"),
                        List.of(OutlierReason.BEYOND_3_SIGMA)));
    }

    @Test
    void aGroupOfExactlyFiveIsTestedAndAGroupOfFourIsNot() {
        this.facts.processing.addAll(List.of(
                // proc-5: 4.5, 4.5, 4.6, 4.4, 5.5
                batch("2026-09-01", "f1", "proc-5", "hot_air", "450", "100"),
                batch("2026-09-02", "f2", "proc-5", "hot_air", "450", "100"),
                batch("2026-09-03", "f3", "proc-5", "hot_air", "460", "100"),
                batch("2026-09-04", "f4", "proc-5", "hot_air", "440", "100"),
                batch("2026-09-05", "f5", "proc-5", "hot_air", "550", "100"),
                // proc-4: 4.5, 4.6, 4.4, 6.0: four batches, 6.0 is plausible
                batch("2026-09-01", "g1", "proc-4", "hot_air", "450", "100"),
                batch("2026-09-02", "g2", "proc-4", "hot_air", "460", "100"),
                batch("2026-09-03", "g3", "proc-4", "hot_air", "440", "100"),
                batch("2026-09-04", "g4", "proc-4", "hot_air", "600", "100")));

        List<YieldGroup> groups = this.calculator.report(PERIOD, ZONE).groups();

        assertThat(groups).extracting(YieldGroup::processorId).containsExactly("proc-4", "proc-5");
        assertThat(groups.get(0).outliers()).isEmpty();
        // f5 against 4.5, 4.5, 4.6, 4.4: mean 4.5, squares 0 + 0 + 0.01 + 0.01 = 0.02, / 3 = 0.0066667,
        // sd = 0.0816497; (5.5 - 4.5) / 0.0816497 = 12.2474 -> 12.25
        assertThat(groups.get(1).outliers())
                .extracting(YieldOutlier::batchId, YieldOutlier::sigmas, YieldOutlier::reasons)
                .containsExactly(tuple("f5", new BigDecimal("12.25"), List.of(OutlierReason.BEYOND_3_SIGMA)));
    }

    @Test
    void othersWithoutSpreadFlagNothingBySigma() {
        // four identical 4.5 and one 4.6: the others' sd is 0, so no sigma can be computed
        this.facts.processing.addAll(List.of(
                batch("2026-09-01", "e1", "proc-1", "freeze", "450", "100"),
                batch("2026-09-02", "e2", "proc-1", "freeze", "450", "100"),
                batch("2026-09-03", "e3", "proc-1", "freeze", "450", "100"),
                batch("2026-09-04", "e4", "proc-1", "freeze", "450", "100"),
                batch("2026-09-05", "e5", "proc-1", "freeze", "460", "100")));

        assertThat(this.calculator.report(PERIOD, ZONE).groups().get(0).outliers())
                .isEmpty();
    }

    @Test
    void aBatchBothBeyondThreeSigmaAndImplausibleCarriesBothReasons() {
        this.facts.processing.addAll(List.of(
                batch("2026-09-02", "s1", "proc-1", "sun", "450", "100"),
                batch("2026-09-03", "s2", "proc-1", "sun", "460", "100"),
                batch("2026-09-04", "s3", "proc-1", "sun", "440", "100"),
                batch("2026-09-05", "s4", "proc-1", "sun", "455", "100"),
                batch("2026-09-06", "s5", "proc-1", "sun", "445", "100"),
                // 900 / 100 = 9.0 > 6.5; (9.0 - 4.5) / 0.0790569 = 56.9210 -> 56.92
                batch("2026-09-07", "s6", "proc-1", "sun", "900", "100")));

        YieldOutlier outlier =
                this.calculator.report(PERIOD, ZONE).groups().get(0).outliers().get(0);

        assertThat(outlier.batchId()).isEqualTo("s6");
        assertThat(outlier.sigmas()).isEqualTo(new BigDecimal("56.92"));
        assertThat(outlier.reasons())
                .containsExactly(OutlierReason.BEYOND_3_SIGMA, OutlierReason.OUTSIDE_PLAUSIBLE_RANGE);
    }

    @Test
    void juiceOutsideItsPlausibleRangeInASmallGroup() {
        this.facts.processing.addAll(List.of(
                batch("2026-09-02", "j1", "proc-1", "nfc_juice", "130", "100"),
                batch("2026-09-03", "j2", "proc-1", "nfc_juice", "180", "100")));

        YieldGroup juice = this.calculator.report(PERIOD, ZONE).groups().get(0);

        assertThat(juice.product()).isEqualTo(ProductForm.NFC_JUICE);
        assertThat(juice.unit()).isEqualTo(PackUnit.L);
        // 310 / 200 = 1.55; mean (1.3 + 1.8) / 2 = 1.55; sd sqrt((0.0625 + 0.0625) / 1) = 0.353553 -> 0.3536
        assertThat(juice.yield()).isEqualTo(new BigDecimal("1.5500"));
        assertThat(juice.meanBatchYield()).isEqualTo(new BigDecimal("1.5500"));
        assertThat(juice.stdDevBatchYield()).isEqualTo(new BigDecimal("0.3536"));
        // (310 - 200 x 1.3) / 260 = 50 / 260 = 0.192308 -> 0.1923
        assertThat(juice.deviationFromConfigured()).isEqualTo(new BigDecimal("0.1923"));
        assertThat(juice.plausibleRange()).isEqualTo(new Range(new BigDecimal("1.0"), new BigDecimal("1.7")));
        // 1.8 > 1.7; two batches are too few for a sigma
        assertThat(juice.outliers())
                .containsExactly(new YieldOutlier(
                        "j2",
                        LocalDate.parse("2026-09-03"),
                        new BigDecimal("180"),
                        new BigDecimal("100"),
                        new BigDecimal("1.8000"),
                        null,
                        List.of(OutlierReason.OUTSIDE_PLAUSIBLE_RANGE)));
    }

    @Test
    void rangeBoundsAreInclusive() {
        this.facts.processing.addAll(List.of(
                // 300 / 100 = 3.0 and 650 / 100 = 6.5: dried bounds; 90 / 100 = 0.9 and 150 / 100 = 1.5: pulp
                batch("2026-09-02", "d1", "proc-1", "hot_air", "300", "100"),
                batch("2026-09-03", "d2", "proc-1", "hot_air", "650", "100"),
                batch("2026-09-02", "p1", "proc-1", "pulp", "90", "100"),
                batch("2026-09-03", "p2", "proc-1", "pulp", "150", "100"),
                // just outside: 1.51 L of pulp
                batch("2026-09-04", "p3", "proc-2", "pulp", "151", "100")));

        List<YieldGroup> groups = this.calculator.report(PERIOD, ZONE).groups();

        assertThat(groups)
                .extracting(g -> g.processorId() + "/" + g.method())
                .containsExactly("proc-1/hot_air", "proc-1/pulp", "proc-2/pulp");
        assertThat(groups.get(0).outliers()).isEmpty();
        assertThat(groups.get(1).outliers()).isEmpty();
        assertThat(groups.get(2).outliers()).extracting(YieldOutlier::batchId).containsExactly("p3");
    }

    @Test
    void singleBatchHasNoSpread() {
        // 100 kg of berries into 40 kg freeze-dried: 2.5 kg/kg, below 3.0
        this.facts.processing.add(batch("2026-09-10", "z1", "proc-2", "freeze", "100", "40"));

        YieldGroup group = this.calculator.report(PERIOD, ZONE).groups().get(0);

        assertThat(group.batches()).isEqualTo(1);
        assertThat(group.yield()).isEqualTo(new BigDecimal("2.5000"));
        assertThat(group.meanBatchYield()).isEqualTo(new BigDecimal("2.5000"));
        assertThat(group.stdDevBatchYield()).isNull();
        // 2.5 / 4.5 - 1 = (100 - 180) / 180 = -0.444444 -> -0.4444
        assertThat(group.deviationFromConfigured()).isEqualTo(new BigDecimal("-0.4444"));
        assertThat(group.outliers())
                .extracting(YieldOutlier::batchId, YieldOutlier::sigmas, YieldOutlier::reasons)
                .containsExactly(tuple("z1", null, List.of(OutlierReason.OUTSIDE_PLAUSIBLE_RANGE)));
    }

    @Test
    void zeroOutputIsAnOutlierWithoutAYield() {
        this.facts.processing.addAll(List.of(
                batch("2026-09-02", "p1", "proc-1", "pulp", "115", "100"),
                batch("2026-09-03", "p0", "proc-1", "pulp", "50", "0")));

        YieldGroup pulp = this.calculator.report(PERIOD, ZONE).groups().get(0);

        assertThat(pulp.batches()).isEqualTo(2);
        // the sums keep every batch: 165 kg in, 100 L out -> 1.65
        assertThat(pulp.inputKg()).isEqualByComparingTo("165");
        assertThat(pulp.yield()).isEqualTo(new BigDecimal("1.6500"));
        // only p1 has a yield: 115 / 100 = 1.15
        assertThat(pulp.meanBatchYield()).isEqualTo(new BigDecimal("1.1500"));
        assertThat(pulp.stdDevBatchYield()).isNull();
        assertThat(pulp.outliers())
                .containsExactly(new YieldOutlier(
                        "p0",
                        LocalDate.parse("2026-09-03"),
                        new BigDecimal("50"),
                        new BigDecimal("0"),
                        null,
                        null,
                        List.of(OutlierReason.NO_OUTPUT)));
    }

    @Test
    void onlyZeroOutputGivesNullYields() {
        this.facts.processing.add(batch("2026-09-03", "p0", "proc-1", "pulp", "50", "0"));

        YieldGroup pulp = this.calculator.report(PERIOD, ZONE).groups().get(0);

        assertThat(pulp.yield()).isNull();
        assertThat(pulp.meanBatchYield()).isNull();
        assertThat(pulp.deviationFromConfigured()).isNull();
    }

    @Test
    void noDataGivesNoGroups() {
        this.facts.processing.add(batch("2026-08-31", "old", "proc-1", "sun", "450", "100"));

        YieldsReport report = this.calculator.report(PERIOD, ZONE);

        assertThat(report.groups()).isEmpty();
        assertThat(report.period()).isEqualTo(PERIOD);
        assertThat(this.facts.queries).containsExactly("processing 2026-09-01..2026-09-30");
    }
}
