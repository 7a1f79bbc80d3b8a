package io.gojichain.insights.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.prices.PricesReport.FreshKgValue;
import io.gojichain.insights.prices.PricesReport.RealizedPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PriceCalculatorTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Period PERIOD = new Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-10"));

    private final ListBackedInsightFacts facts = new ListBackedInsightFacts();

    private final PriceCalculator calculator = new PriceCalculator(this.facts, ListBackedInsightFacts.defaultFactors());

    static SalesFact sale(
            String day,
            ProductForm form,
            Channel channel,
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
                "Guangdong",
                "sku-" + form.wireName() + "-" + packSize,
                new BigDecimal(packSize),
                currency,
                orders,
                units,
                new BigDecimal(volume),
                new BigDecimal(revenue));
    }

    private void fillSales() {
        this.facts.sales.addAll(List.of(
                // 1 pack of 2 kg at 25.25
                sale("2026-09-07", ProductForm.FRESH, Channel.OFFLINE, "2", "CNY", 1, 1, "2", "25.25"),
                // 12 x 0.25 kg at 45.00 and 6 x 0.5 kg at 80.00: same form, channel and currency
                sale("2026-09-02", ProductForm.DRIED, Channel.ONLINE, "0.25", "CNY", 5, 12, "3.00", "540.00"),
                sale("2026-09-03", ProductForm.DRIED, Channel.ONLINE, "0.5", "CNY", 3, 6, "3.0", "480.00"),
                // 20 x 0.25 kg at 35.00
                sale("2026-09-04", ProductForm.DRIED, Channel.LIVESTREAM, "0.25", "CNY", 20, 20, "5.00", "700.00"),
                // 4 x 0.25 kg at 7.50 USD
                sale("2026-09-08", ProductForm.DRIED, Channel.ONLINE, "0.25", "USD", 1, 4, "1.00", "30.00"),
                // 24 bottles of 0.25 L at 12.00; 30 sachets of 0.03 L at 3.30
                sale("2026-09-05", ProductForm.NFC_JUICE, Channel.ONLINE, "0.25", "CNY", 4, 24, "6.00", "288.00"),
                sale("2026-09-06", ProductForm.NFC_JUICE, Channel.OFFLINE, "0.03", "CNY", 10, 30, "0.90", "99.00"),
                // one 20 L drum of pulp at 390.00
                sale("2026-09-09", ProductForm.PULP, Channel.ONLINE, "20", "CNY", 1, 1, "20", "390.00"),
                // outside the period
                sale("2026-08-31", ProductForm.DRIED, Channel.ONLINE, "0.25", "CNY", 1, 1, "0.25", "9999.00"),
                sale("2026-09-11", ProductForm.DRIED, Channel.ONLINE, "0.25", "CNY", 1, 1, "0.25", "9999.00")));
    }

    @Test
    void realizedPricePerKgOrLitrePerFormChannelAndCurrency() {
        fillSales();

        PricesReport report = this.calculator.report(PERIOD, ZONE);

        assertThat(report.period()).isEqualTo(PERIOD);
        assertThat(report.zone()).isEqualTo("Asia/Shanghai");
        List<RealizedPrice> prices = report.realizedPrices();
        // sorted by form (fresh, dried, nfc_juice, pulp), channel (online, livestream, offline), currency
        assertThat(prices)
                .extracting(p -> p.productForm().wireName() + "/" + p.channel().wireName() + "/" + p.currency())
                .containsExactly(
                        "fresh/offline/CNY",
                        "dried/online/CNY",
                        "dried/online/USD",
                        "dried/livestream/CNY",
                        "nfc_juice/online/CNY",
                        "nfc_juice/offline/CNY",
                        "pulp/online/CNY");
        // 25.25 / 2 = 12.625 -> 12.62 (HALF_EVEN; HALF_UP would say 12.63)
        assertPrice(prices.get(0), PackUnit.KG, 1, 1, "2", "25.25", "12.62");
        // 540 + 480 = 1020.00 over 3.00 + 3.0 = 6 kg -> 170.00
        assertPrice(prices.get(1), PackUnit.KG, 8, 18, "6", "1020.00", "170.00");
        assertPrice(prices.get(2), PackUnit.KG, 1, 4, "1", "30.00", "30.00");
        // 700 / 5 = 140.00
        assertPrice(prices.get(3), PackUnit.KG, 20, 20, "5", "700.00", "140.00");
        // 288 / 6 = 48.00 per litre in bottles; 99 / 0.9 = 110.00 per litre in sachets
        assertPrice(prices.get(4), PackUnit.L, 4, 24, "6", "288.00", "48.00");
        assertPrice(prices.get(5), PackUnit.L, 10, 30, "0.9", "99.00", "110.00");
        // 390 / 20 = 19.50
        assertPrice(prices.get(6), PackUnit.L, 1, 1, "20", "390.00", "19.50");
    }

    @Test
    void valuePerFreshKgRankedWithinEachCurrency() {
        fillSales();

        List<FreshKgValue> values = this.calculator.report(PERIOD, ZONE).valuePerFreshKg();

        assertThat(values)
                .extracting(v ->
                        v.currency() + "#" + v.rank() + " " + v.productForm().wireName())
                .containsExactly("CNY#1 nfc_juice", "CNY#2 dried", "CNY#3 pulp", "CNY#4 fresh", "USD#1 dried");
        // nfc_juice: 288 + 99 = 387.00 over 6.00 + 0.90 = 6.9 L; feKg 6.9 x 1.3 = 8.97;
        // 387 / 8.97 = 43.1438 -> 43.14; price 387 / 6.9 = 56.0870 -> 56.09
        assertValue(values.get(0), PackUnit.L, 54, "6.9", "1.3", "8.97", "387.00", "56.09", "43.14");
        // dried CNY: 1020 + 700 = 1720.00 over 11 kg; feKg 11 x 4.5 = 49.5;
        // 1720 / 49.5 = 34.7475 -> 34.75; price 1720 / 11 = 156.3636 -> 156.36
        assertValue(values.get(1), PackUnit.KG, 38, "11", "4.5", "49.5", "1720.00", "156.36", "34.75");
        // pulp: feKg 20 x 1.15 = 23; 390 / 23 = 16.9565 -> 16.96
        assertValue(values.get(2), PackUnit.L, 1, "20", "1.15", "23", "390.00", "19.50", "16.96");
        // fresh: feKg 2 x 1.0 = 2; 25.25 / 2 = 12.625 -> 12.62
        assertValue(values.get(3), PackUnit.KG, 1, "2", "1.0", "2", "25.25", "12.62", "12.62");
        // dried USD: feKg 1 x 4.5 = 4.5; 30 / 4.5 = 6.6667 -> 6.67
        assertValue(values.get(4), PackUnit.KG, 4, "1", "4.5", "4.5", "30.00", "30.00", "6.67");
    }

    @Test
    void zeroVolumeGivesNullPricesRankedLast() {
        this.facts.sales.add(sale("2026-09-02", ProductForm.PULP, Channel.ONLINE, "20", "CNY", 1, 0, "0", "5.00"));
        this.facts.sales.add(sale("2026-09-02", ProductForm.FRESH, Channel.ONLINE, "1", "CNY", 1, 3, "3", "36.00"));

        PricesReport report = this.calculator.report(PERIOD, ZONE);

        assertPrice(report.realizedPrices().get(1), PackUnit.L, 1, 0, "0", "5.00", null);
        // fresh 36 / 3 kg = 12.00 per fresh kg comes first; pulp has no feKg to divide by
        assertThat(report.valuePerFreshKg())
                .extracting(FreshKgValue::productForm, FreshKgValue::rank, FreshKgValue::valuePerFreshKg)
                .containsExactly(tuple(ProductForm.FRESH, 1, "12.00"), tuple(ProductForm.PULP, 2, null));
    }

    @Test
    void noDataGivesEmptyLists() {
        PricesReport report = this.calculator.report(PERIOD, ZONE);

        assertThat(report.realizedPrices()).isEmpty();
        assertThat(report.valuePerFreshKg()).isEmpty();
        assertThat(this.facts.queries).containsExactly("sales 2026-09-01..2026-09-10");
    }

    private static void assertPrice(
            RealizedPrice price,
            PackUnit unit,
            long orders,
            long units,
            String volume,
            String revenue,
            @Nullable String perUnit) {
        assertThat(price.unit()).isEqualTo(unit);
        assertThat(price.orders()).isEqualTo(orders);
        assertThat(price.units()).isEqualTo(units);
        assertThat(price.volume()).isEqualByComparingTo(volume);
        assertThat(price.revenue()).isEqualTo(revenue);
        assertThat(price.price()).isEqualTo(perUnit);
    }

    private static void assertValue(
            FreshKgValue value,
            PackUnit unit,
            long units,
            String volume,
            String factor,
            String feKg,
            String revenue,
            String price,
            String perFreshKg) {
        assertThat(value.unit()).isEqualTo(unit);
        assertThat(value.units()).isEqualTo(units);
        assertThat(value.volume()).isEqualByComparingTo(volume);
        assertThat(value.feKgFactor()).isEqualByComparingTo(factor);
        assertThat(value.feKg()).isEqualByComparingTo(feKg);
        assertThat(value.revenue()).isEqualTo(revenue);
        assertThat(value.price()).isEqualTo(price);
        assertThat(value.valuePerFreshKg()).isEqualTo(perFreshKg);
    }
}
