package io.gojichain.insights.demand;

import static io.gojichain.insights.TestFacts.sales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.TestFacts;
import io.gojichain.insights.facts.InvalidQueryException;
import io.gojichain.insights.facts.SalesFact;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grouping daily sales into demand rows: buckets, dimensions, sorting and feKg, worked out by hand. */
class DemandQueryTests {

    @Test
    void dayRowsAreSortedByDayThenKeyWithExactFeKg() {
        List<SalesFact> facts = List.of(
                sales(
                        "2026-09-02",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Guangdong",
                        "D250",
                        "0.25",
                        "CNY",
                        2,
                        3,
                        "29.90"),
                sales("2026-09-01", ProductForm.PULP, Channel.OFFLINE, "Beijing", "P1L", "1", "CNY", 1, 2, "18.00"),
                sales(
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
                sales(
                        "2026-09-01",
                        ProductForm.NFC_JUICE,
                        Channel.LIVESTREAM,
                        "Zhejiang",
                        "J300",
                        "0.3",
                        "CNY",
                        4,
                        9,
                        "59.00"),
                sales("2026-09-01", ProductForm.FRESH, Channel.OFFLINE, "Beijing", "F500", "0.5", "CNY", 5, 5, "8.00"));

        List<DemandReport.Row> rows =
                DemandCalculator.rows(facts, DemandDimension.PRODUCT_FORM, DemandBucket.DAY, TestFacts.factors());

        assertThat(rows)
                .extracting(row -> row.bucketStart() + " " + row.key())
                .containsExactly(
                        "2026-09-01 dried",
                        "2026-09-01 fresh",
                        "2026-09-01 nfc_juice",
                        "2026-09-01 pulp",
                        "2026-09-02 dried");
        DemandReport.Row dried = rows.get(0);
        assertThat(dried.orders()).isEqualTo(12);
        assertThat(dried.units()).isEqualTo(30);
        // 30 x 0.25 kg x 4.5
        assertThat(dried.feKg()).isEqualByComparingTo("33.75");
        assertThat(dried.feKg().toPlainString()).isEqualTo("33.75");
        // 30 x 29.90
        assertThat(dried.revenue()).containsExactly(Map.entry("CNY", "897.00"));
        // 5 x 0.5 kg x 1.0; 9 x 0.3 L x 1.3; 2 x 1 L x 1.15
        assertThat(rows.get(1).feKg()).isEqualByComparingTo("2.5");
        assertThat(rows.get(2).feKg()).isEqualByComparingTo("3.51");
        assertThat(rows.get(2).revenue()).containsExactly(Map.entry("CNY", "531.00"));
        assertThat(rows.get(3).feKg()).isEqualByComparingTo("2.3");
        assertThat(rows.get(4).feKg()).isEqualByComparingTo("3.375");
    }

    @Test
    void isoWeeksStartOnMondayAndWeekOneOf2026StartsIn2025() {
        List<SalesFact> facts = List.of(
                // Sunday of ISO week 52 of 2025
                sale("2025-12-28", 1),
                // ISO week 1 of 2026 runs Monday 2025-12-29 to Sunday 2026-01-04
                sale("2025-12-29", 2),
                sale("2025-12-31", 4),
                sale("2026-01-01", 8),
                sale("2026-01-04", 16),
                // ISO week 2
                sale("2026-01-05", 32));

        List<DemandReport.Row> rows =
                DemandCalculator.rows(facts, DemandDimension.SKU, DemandBucket.WEEK, TestFacts.factors());

        assertThat(rows)
                .extracting(DemandReport.Row::bucketStart, DemandReport.Row::units)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 22), 1L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 29), 30L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 5), 32L));
    }

    @Test
    void monthsStartOnTheFirstAcrossAYearBoundary() {
        List<SalesFact> facts =
                List.of(sale("2025-12-01", 1), sale("2025-12-31", 2), sale("2026-01-01", 4), sale("2026-02-28", 8));

        List<DemandReport.Row> rows =
                DemandCalculator.rows(facts, DemandDimension.SKU, DemandBucket.MONTH, TestFacts.factors());

        assertThat(rows)
                .extracting(DemandReport.Row::bucketStart, DemandReport.Row::units)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 1), 3L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 1), 4L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 1), 8L));
    }

    @Test
    void channelRegionAndSkuKeysAddUpAcrossTheOtherDimensionsAndCurrencies() {
        List<SalesFact> facts = List.of(
                sales(
                        "2026-09-01",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Guangdong",
                        "D250",
                        "0.25",
                        "CNY",
                        1,
                        2,
                        "30.00"),
                sales(
                        "2026-09-01",
                        ProductForm.NFC_JUICE,
                        Channel.ONLINE,
                        "Guangdong",
                        "J300",
                        "0.3",
                        "USD",
                        1,
                        1,
                        "5.50"),
                sales(
                        "2026-09-01",
                        ProductForm.DRIED,
                        Channel.LIVESTREAM,
                        "Zhejiang",
                        "D250",
                        "0.25",
                        "CNY",
                        3,
                        3,
                        "28.00"));

        List<DemandReport.Row> byChannel =
                DemandCalculator.rows(facts, DemandDimension.CHANNEL, DemandBucket.DAY, TestFacts.factors());
        assertThat(byChannel).extracting(DemandReport.Row::key).containsExactly("livestream", "online");
        DemandReport.Row online = byChannel.get(1);
        assertThat(online.orders()).isEqualTo(2);
        assertThat(online.units()).isEqualTo(3);
        // 2 x 0.25 x 4.5 + 1 x 0.3 x 1.3
        assertThat(online.feKg()).isEqualByComparingTo("2.64");
        assertThat(online.revenue()).containsExactly(Map.entry("CNY", "60.00"), Map.entry("USD", "5.50"));

        assertThat(DemandCalculator.rows(facts, DemandDimension.REGION, DemandBucket.DAY, TestFacts.factors()))
                .extracting(DemandReport.Row::key, DemandReport.Row::units)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Guangdong", 3L),
                        org.assertj.core.groups.Tuple.tuple("Zhejiang", 3L));
        assertThat(DemandCalculator.rows(facts, DemandDimension.SKU, DemandBucket.DAY, TestFacts.factors()))
                .extracting(DemandReport.Row::key, DemandReport.Row::units)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("D250", 5L),
                        org.assertj.core.groups.Tuple.tuple("J300", 1L));
    }

    @Test
    void noSalesNoRows() {
        assertThat(DemandCalculator.rows(List.of(), DemandDimension.SKU, DemandBucket.DAY, TestFacts.factors()))
                .isEmpty();
    }

    @Test
    void unknownDimensionsAndBucketsNameTheirParameter() {
        assertThatThrownBy(() -> DemandDimension.parse("colour"))
                .isInstanceOfSatisfying(
                        InvalidQueryException.class,
                        ex -> assertThat(ex.parameter()).isEqualTo("dimension"));
        assertThatThrownBy(() -> DemandBucket.parse("year"))
                .isInstanceOfSatisfying(
                        InvalidQueryException.class,
                        ex -> assertThat(ex.parameter()).isEqualTo("bucket"));
        assertThat(DemandDimension.parse("region")).isEqualTo(DemandDimension.REGION);
        assertThat(DemandBucket.parse("week")).isEqualTo(DemandBucket.WEEK);
    }

    private static SalesFact sale(String day, long units) {
        return sales(day, ProductForm.DRIED, Channel.ONLINE, "Guangdong", "D250", "0.25", "CNY", 1, units, "29.90");
    }
}
