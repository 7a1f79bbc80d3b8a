package io.gojichain.insights.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.preferences.PreferencesReport.RepeatPurchaseRow;
import io.gojichain.insights.preferences.PreferencesReport.ShareRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PreferencesCalculatorTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** 10 days; the previous period is 2026-08-22..2026-08-31. */
    private static final Period PERIOD = new Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-10"));

    private final ListBackedInsightFacts facts = new ListBackedInsightFacts();

    private final PreferencesCalculator calculator =
            new PreferencesCalculator(this.facts, ListBackedInsightFacts.defaultFactors());

    static SalesFact sale(
            String day,
            ProductForm form,
            Channel channel,
            String province,
            String packSize,
            String currency,
            long orders,
            long units,
            String volume,
            String revenue) {
        return new SalesFact(
                LocalDate.parse(day),
                form,
                channel,
                province,
                "sku-" + form.wireName() + "-" + packSize,
                new BigDecimal(packSize),
                currency,
                orders,
                units,
                new BigDecimal(volume),
                new BigDecimal(revenue));
    }

    /**
     * Current period (CNY revenue 850.00, feKg 27.25):
     * <pre>
     * dried     online     Guangdong 0.25 kg CNY 450.00  2.5 kg x 4.5 = 11.25 feKg
     * nfc_juice livestream Zhejiang  0.05 L  CNY 300.00  5.00 L x 1.3 =  6.5  feKg
     * fresh     offline    Guangdong 1 kg    CNY 100.00  5 kg   x 1.0 =  5    feKg
     * dried     offline    Beijing   0.5 kg  USD  20.00  1.0 kg x 4.5 =  4.5  feKg (no CNY revenue)
     * </pre>
     * Previous period (CNY 300.00, feKg 10.5):
     * <pre>
     * dried     online     Guangdong 0.25 kg CNY 180.00  1.00 kg x 4.5 = 4.5 feKg
     * fresh     offline    Guangdong 2 kg    CNY 120.00  6 kg    x 1.0 = 6   feKg
     * </pre>
     * Plus two facts just outside both periods, which must not count.
     */
    private void fillMixedSales() {
        this.facts.sales.addAll(List.of(
                sale(
                        "2026-09-02",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Guangdong",
                        "0.25",
                        "CNY",
                        4,
                        10,
                        "2.5",
                        "450.00"),
                sale(
                        "2026-09-05",
                        ProductForm.NFC_JUICE,
                        Channel.LIVESTREAM,
                        "Zhejiang",
                        "0.05",
                        "CNY",
                        20,
                        100,
                        "5.00",
                        "300.00"),
                sale("2026-09-10", ProductForm.FRESH, Channel.OFFLINE, "Guangdong", "1", "CNY", 2, 5, "5", "100.00"),
                sale("2026-09-06", ProductForm.DRIED, Channel.OFFLINE, "Beijing", "0.5", "USD", 1, 2, "1.0", "20.00"),
                sale(
                        "2026-08-25",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Guangdong",
                        "0.25",
                        "CNY",
                        2,
                        4,
                        "1.00",
                        "180.00"),
                sale("2026-08-30", ProductForm.FRESH, Channel.OFFLINE, "Guangdong", "2", "CNY", 1, 3, "6", "120.00"),
                sale("2026-08-21", ProductForm.PULP, Channel.ONLINE, "Hubei", "5", "CNY", 1, 1, "5", "999.00"),
                sale("2026-09-11", ProductForm.PULP, Channel.ONLINE, "Hubei", "5", "CNY", 1, 1, "5", "999.00")));
    }

    @Test
    void productFormSharesOfBothPeriodsWithTheirDrift() {
        fillMixedSales();

        PreferencesReport report = this.calculator.report(PERIOD, "CNY", ZONE);

        assertThat(report.period()).isEqualTo(PERIOD);
        assertThat(report.previousPeriod())
                .isEqualTo(new Period(LocalDate.parse("2026-08-22"), LocalDate.parse("2026-08-31")));
        assertThat(report.zone()).isEqualTo("Asia/Shanghai");
        assertThat(report.currency()).isEqualTo("CNY");
        List<ShareRow> rows = report.shares().productForm();
        // sorted by current feKg: dried 15.75, nfc_juice 6.5, fresh 5
        assertThat(rows).extracting(ShareRow::key).containsExactly("dried", "nfc_juice", "fresh");

        // dried revenue: 450/850 = 0.52941 -> 0.5294; 180/300 = 0.6; 100 x (0.52941 - 0.6) = -7.0588 -> -7.06;
        // 450/180 - 1 = 1.5
        assertRevenue(rows.get(0), "450.00", "180.00", "0.5294", "0.6000", "-7.06", "1.5000");
        // dried feKg: 11.25 + 4.5 (USD sale counts in feKg) = 15.75; previous 4.5;
        // 15.75/27.25 = 63/109 = 0.577982 -> 0.5780; 4.5/10.5 = 3/7 = 0.428571 -> 0.4286;
        // 100 x (0.5779817 - 0.4285714) = 14.941 -> 14.94; 15.75/4.5 - 1 = 2.5
        assertFeKg(rows.get(0), "15.75", "4.5", "0.5780", "0.4286", "14.94", "2.5000");

        // nfc_juice: 300/850 = 0.352941 -> 0.3529; previous share 0/300 = 0; change 35.294 -> 35.29;
        // growth from 0 is undefined -> null
        assertRevenue(rows.get(1), "300.00", "0.00", "0.3529", "0.0000", "35.29", null);
        // 6.5/27.25 = 26/109 = 0.238532 -> 0.2385; change 23.853 -> 23.85
        assertFeKg(rows.get(1), "6.5", "0", "0.2385", "0.0000", "23.85", null);

        // fresh: 100/850 = 0.117647 -> 0.1176; 120/300 = 0.4; 100 x (0.117647 - 0.4) = -28.2353 -> -28.24;
        // 100/120 - 1 = -0.166667 -> -0.1667
        assertRevenue(rows.get(2), "100.00", "120.00", "0.1176", "0.4000", "-28.24", "-0.1667");
        // 5/27.25 = 20/109 = 0.183486 -> 0.1835; 6/10.5 = 4/7 = 0.571429 -> 0.5714;
        // 100 x (0.1834862 - 0.5714286) = -38.7942 -> -38.79; 5/6 - 1 = -0.1667
        assertFeKg(rows.get(2), "5", "6", "0.1835", "0.5714", "-38.79", "-0.1667");
    }

    @Test
    void channelSharesCountForeignCurrencySalesInFeKgOnly() {
        fillMixedSales();

        List<ShareRow> rows =
                this.calculator.report(PERIOD, "CNY", ZONE).shares().channel();

        // feKg: online 11.25, offline 5 + 4.5 = 9.5, livestream 6.5
        assertThat(rows).extracting(ShareRow::key).containsExactly("online", "offline", "livestream");
        assertRevenue(rows.get(0), "450.00", "180.00", "0.5294", "0.6000", "-7.06", "1.5000");
        // 11.25/27.25 = 45/109 = 0.412844 -> 0.4128; 3/7 = 0.4286; 100 x (0.412844 - 0.428571) = -1.5727 -> -1.57;
        // 11.25/4.5 - 1 = 1.5
        assertFeKg(rows.get(0), "11.25", "4.5", "0.4128", "0.4286", "-1.57", "1.5000");
        // offline revenue is the CNY fresh sale only: as fresh above
        assertRevenue(rows.get(1), "100.00", "120.00", "0.1176", "0.4000", "-28.24", "-0.1667");
        // 9.5/27.25 = 38/109 = 0.348624 -> 0.3486; 4/7 = 0.5714; 100 x (0.348624 - 0.571429) = -22.2805 -> -22.28;
        // 9.5/6 - 1 = 0.583333 -> 0.5833
        assertFeKg(rows.get(1), "9.5", "6", "0.3486", "0.5714", "-22.28", "0.5833");
        assertRevenue(rows.get(2), "300.00", "0.00", "0.3529", "0.0000", "35.29", null);
        assertFeKg(rows.get(2), "6.5", "0", "0.2385", "0.0000", "23.85", null);
    }

    @Test
    void regionSharesByBuyerProvince() {
        fillMixedSales();

        List<ShareRow> rows =
                this.calculator.report(PERIOD, "CNY", ZONE).shares().region();

        // feKg: Guangdong 11.25 + 5 = 16.25, Zhejiang 6.5, Beijing 4.5
        assertThat(rows).extracting(ShareRow::key).containsExactly("Guangdong", "Zhejiang", "Beijing");
        // 550/850 = 0.647059 -> 0.6471; 300/300 = 1; 100 x (0.647059 - 1) = -35.2941 -> -35.29;
        // 550/300 - 1 = 0.833333 -> 0.8333
        assertRevenue(rows.get(0), "550.00", "300.00", "0.6471", "1.0000", "-35.29", "0.8333");
        // 16.25/27.25 = 65/109 = 0.596330 -> 0.5963; 10.5/10.5 = 1; 100 x (0.596330 - 1) = -40.3670 -> -40.37;
        // 16.25/10.5 - 1 = 0.547619 -> 0.5476
        assertFeKg(rows.get(0), "16.25", "10.5", "0.5963", "1.0000", "-40.37", "0.5476");
        assertRevenue(rows.get(1), "300.00", "0.00", "0.3529", "0.0000", "35.29", null);
        // Beijing bought in USD only: no CNY revenue in either period
        assertRevenue(rows.get(2), "0.00", "0.00", "0.0000", "0.0000", "0.00", null);
        // 4.5/27.25 = 18/109 = 0.165138 -> 0.1651; change 16.5138 -> 16.51
        assertFeKg(rows.get(2), "4.5", "0", "0.1651", "0.0000", "16.51", null);
    }

    @Test
    void packSizeSharesInBandOrder() {
        fillMixedSales();

        List<ShareRow> rows =
                this.calculator.report(PERIOD, "CNY", ZONE).shares().packSize();

        // 0.05 L -> <=0.1; 0.25 kg and 0.5 kg (upper bound included) -> 0.1-0.5; 1 kg -> 0.5-1; 2 kg -> >1
        assertThat(rows).extracting(ShareRow::key).containsExactly("<=0.1", "0.1-0.5", "0.5-1", ">1");
        assertRevenue(rows.get(0), "300.00", "0.00", "0.3529", "0.0000", "35.29", null);
        assertFeKg(rows.get(0), "6.5", "0", "0.2385", "0.0000", "23.85", null);
        assertRevenue(rows.get(1), "450.00", "180.00", "0.5294", "0.6000", "-7.06", "1.5000");
        assertFeKg(rows.get(1), "15.75", "4.5", "0.5780", "0.4286", "14.94", "2.5000");
        // 100/850 = 0.117647 -> 0.1176, change 11.7647 -> 11.76; 5/27.25 = 0.183486 -> 0.1835, change 18.35
        assertRevenue(rows.get(2), "100.00", "0.00", "0.1176", "0.0000", "11.76", null);
        assertFeKg(rows.get(2), "5", "0", "0.1835", "0.0000", "18.35", null);
        // nothing now: 0 - 120/300 = -40 points, 0/120 - 1 = -1; feKg 0 - 4/7 = -57.1429 -> -57.14
        assertRevenue(rows.get(3), "0.00", "120.00", "0.0000", "0.4000", "-40.00", "-1.0000");
        assertFeKg(rows.get(3), "0", "6", "0.0000", "0.5714", "-57.14", "-1.0000");
    }

    @Test
    void revenueSharesInAnotherCurrency() {
        fillMixedSales();

        List<ShareRow> rows =
                this.calculator.report(PERIOD, "USD", ZONE).shares().productForm();

        // the only USD sale is dried 20.00; no USD in the previous period
        assertRevenue(rows.get(0), "20.00", "0.00", "1.0000", null, null, null);
        assertRevenue(rows.get(1), "0.00", "0.00", "0.0000", null, null, null);
        // feKg does not depend on the currency
        assertFeKg(rows.get(0), "15.75", "4.5", "0.5780", "0.4286", "14.94", "2.5000");
    }

    @Test
    void previousPeriodEmptyGivesNullPreviousSharesChangesAndGrowth() {
        this.facts.sales.add(sale(
                "2026-09-02", ProductForm.DRIED, Channel.ONLINE, "Guangdong", "0.25", "CNY", 4, 10, "2.5", "450.00"));

        PreferencesReport report = this.calculator.report(PERIOD, "CNY", ZONE);

        ShareRow dried = report.shares().productForm().get(0);
        assertRevenue(dried, "450.00", "0.00", "1.0000", null, null, null);
        // 2.5 x 4.5 = 11.25
        assertFeKg(dried, "11.25", "0", "1.0000", null, null, null);
    }

    @Test
    void noDataGivesEmptyRows() {
        PreferencesReport report = this.calculator.report(PERIOD, "CNY", ZONE);

        assertThat(report.shares().productForm()).isEmpty();
        assertThat(report.shares().channel()).isEmpty();
        assertThat(report.shares().region()).isEmpty();
        assertThat(report.shares().packSize()).isEmpty();
        assertThat(report.repeatPurchase().rows()).isEmpty();
        assertThat(report.repeatPurchase().window())
                .isEqualTo(new Period(LocalDate.parse("2026-06-13"), LocalDate.parse("2026-09-10")));
    }

    @Test
    void readsThePeriodThePreviousPeriodAndTheNinetyDaysEndingTo() {
        this.calculator.report(PERIOD, "CNY", ZONE);

        // 2026-09-10 minus 89 days: 10 days back to 08-31, 31 to 07-31, 30 to 07-01, 18 to 06-13
        assertThat(this.facts.queries)
                .containsExactlyInAnyOrder(
                        "sales 2026-09-01..2026-09-10",
                        "sales 2026-08-22..2026-08-31",
                        "customerOrders 2026-06-13..2026-09-10");
    }

    @Test
    void repeatPurchasePerFormOverNinetyDays() {
        this.facts.customerOrders.addAll(List.of(
                // c1: 1 + 1 dried order lines on the window's first and last days -> repeat
                orders("c1", ProductForm.DRIED, "2026-06-13", 1),
                orders("c1", ProductForm.DRIED, "2026-09-10", 1),
                // c2: one of its two orders is a day before the window -> 1 in the window, not repeat
                orders("c2", ProductForm.DRIED, "2026-06-12", 1),
                orders("c2", ProductForm.DRIED, "2026-08-01", 1),
                // c3: 3 order lines on one day -> repeat
                orders("c3", ProductForm.DRIED, "2026-07-15", 3),
                orders("c4", ProductForm.DRIED, "2026-09-01", 1),
                // c1 once for juice: a customer is counted per form
                orders("c1", ProductForm.NFC_JUICE, "2026-09-02", 1),
                orders("c5", ProductForm.NFC_JUICE, "2026-09-03", 1),
                orders("c5", ProductForm.NFC_JUICE, "2026-09-04", 1),
                orders("c6", ProductForm.NFC_JUICE, "2026-08-20", 1)));

        List<RepeatPurchaseRow> rows =
                this.calculator.report(PERIOD, "CNY", ZONE).repeatPurchase().rows();

        // dried: c1, c2, c3, c4 bought, c1 and c3 twice or more: 2/4 = 0.5
        // nfc_juice: c1, c5, c6 bought, c5 twice: 1/3 = 0.3333
        assertThat(rows)
                .containsExactly(
                        new RepeatPurchaseRow(ProductForm.DRIED, 4, 2, new BigDecimal("0.5000")),
                        new RepeatPurchaseRow(ProductForm.NFC_JUICE, 3, 1, new BigDecimal("0.3333")));
    }

    @Test
    void packSizeBandsExcludeTheLowerAndIncludeTheUpperBound() {
        assertThat(PackSizeBand.of(new BigDecimal("0.03"))).isEqualTo(PackSizeBand.UP_TO_0_1);
        assertThat(PackSizeBand.of(new BigDecimal("0.1"))).isEqualTo(PackSizeBand.UP_TO_0_1);
        assertThat(PackSizeBand.of(new BigDecimal("0.100"))).isEqualTo(PackSizeBand.UP_TO_0_1);
        assertThat(PackSizeBand.of(new BigDecimal("0.101"))).isEqualTo(PackSizeBand.FROM_0_1_TO_0_5);
        assertThat(PackSizeBand.of(new BigDecimal("0.5"))).isEqualTo(PackSizeBand.FROM_0_1_TO_0_5);
        assertThat(PackSizeBand.of(new BigDecimal("0.75"))).isEqualTo(PackSizeBand.FROM_0_5_TO_1);
        assertThat(PackSizeBand.of(new BigDecimal("1.00"))).isEqualTo(PackSizeBand.FROM_0_5_TO_1);
        assertThat(PackSizeBand.of(new BigDecimal("1.01"))).isEqualTo(PackSizeBand.OVER_1);
        assertThat(PackSizeBand.of(new BigDecimal("1000"))).isEqualTo(PackSizeBand.OVER_1);
    }

    private static CustomerOrdersFact orders(String customer, ProductForm form, String day, long orders) {
        return new CustomerOrdersFact(customer, form, LocalDate.parse(day), orders);
    }

    private static void assertRevenue(
            ShareRow row,
            String current,
            String previous,
            @Nullable String share,
            @Nullable String previousShare,
            @Nullable String changePp,
            @Nullable String growth) {
        assertThat(row.revenue().current()).as(row.key() + " revenue").isEqualTo(current);
        assertThat(row.revenue().previous()).as(row.key() + " previous revenue").isEqualTo(previous);
        assertThat(row.revenue().share()).as(row.key() + " revenue share").isEqualTo(decimal(share));
        assertThat(row.revenue().previousShare())
                .as(row.key() + " previous revenue share")
                .isEqualTo(decimal(previousShare));
        assertThat(row.revenue().shareChangePp())
                .as(row.key() + " revenue change")
                .isEqualTo(decimal(changePp));
        assertThat(row.revenue().growth()).as(row.key() + " revenue growth").isEqualTo(decimal(growth));
    }

    private static void assertFeKg(
            ShareRow row,
            String current,
            String previous,
            @Nullable String share,
            @Nullable String previousShare,
            @Nullable String changePp,
            @Nullable String growth) {
        // sums are exact, so compare by value; rounded figures also by scale
        assertThat(row.feKg().current()).as(row.key() + " feKg").isEqualByComparingTo(current);
        assertThat(row.feKg().previous()).as(row.key() + " previous feKg").isEqualByComparingTo(previous);
        assertThat(row.feKg().share()).as(row.key() + " feKg share").isEqualTo(decimal(share));
        assertThat(row.feKg().previousShare())
                .as(row.key() + " previous feKg share")
                .isEqualTo(decimal(previousShare));
        assertThat(row.feKg().shareChangePp()).as(row.key() + " feKg change").isEqualTo(decimal(changePp));
        assertThat(row.feKg().growth()).as(row.key() + " feKg growth").isEqualTo(decimal(growth));
    }

    private static @Nullable BigDecimal decimal(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
