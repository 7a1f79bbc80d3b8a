package io.gojichain.insights.engine;

import static io.gojichain.insights.engine.TestEvents.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.SalesFact;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sold} events into the sales, livestream, minute and customer stores; values worked out by hand. */
class SalesTopologyTests {

    @TempDir
    Path stateDir;

    private InsightsDriver insights;

    @BeforeEach
    void start() {
        this.insights = new InsightsDriver(this.stateDir);
    }

    @AfterEach
    void stop() {
        this.insights.close();
    }

    @Test
    void salesOfOneDayAddUpPerFormChannelProvinceSkuPackSizeAndCurrency() {
        this.insights.send(sale().quantity(3).packSize("0.25").price("29.90").build());
        // 0.250 kg is the same pack size as 0.25 kg
        this.insights.send(sale().quantity(2).packSize("0.250").price("31.00").build());
        this.insights.send(sale().quantity(1).price("4.50").currency("USD").build());
        this.insights.send(sale().form(ProductForm.NFC_JUICE)
                .sku("NFC-300ML")
                .packSize("0.3")
                .quantity(4)
                .price("12.50")
                .province("Zhejiang")
                .livestream("LS-1")
                .build());

        Map<String, SalesFact> facts = this.insights.store(StoreNames.SOLD_FACTS);

        LocalDate day = LocalDate.of(2026, 9, 1);
        assertThat(facts.keySet())
                .containsExactly(
                        "2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|CNY",
                        "2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|USD",
                        "2026-09-01|nfc_juice|livestream|Zhejiang|NFC-300ML|0.3|CNY");
        // 3 x 29.90 + 2 x 31.00 = 89.70 + 62.00; 5 packs x 0.25 kg
        assertSales(
                facts.get("2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|CNY"),
                day,
                ProductForm.DRIED,
                Channel.ONLINE,
                "Guangdong",
                "CNY",
                2,
                5,
                "1.25",
                "151.70");
        assertSales(
                facts.get("2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|USD"),
                day,
                ProductForm.DRIED,
                Channel.ONLINE,
                "Guangdong",
                "USD",
                1,
                1,
                "0.25",
                "4.50");
        // 4 x 0.3 L; 4 x 12.50
        assertSales(
                facts.get("2026-09-01|nfc_juice|livestream|Zhejiang|NFC-300ML|0.3|CNY"),
                day,
                ProductForm.NFC_JUICE,
                Channel.LIVESTREAM,
                "Zhejiang",
                "CNY",
                1,
                4,
                "1.2",
                "50.00");
        assertThat(facts.get("2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|CNY")
                        .packSize())
                .isEqualByComparingTo("0.25");
    }

    @Test
    void eachSaleCountsInTheDayOfItsEventTimeInShanghaiWhateverTheOrderOrLatenessOfArrival() {
        // Shanghai is UTC+8: 23:30 UTC is 07:30 the next day; 15:59:59 UTC is still the same day
        this.insights.send(sale().at("2026-08-31T23:30:00Z").quantity(1).build());
        this.insights.send(sale().at("2026-08-31T16:00:00Z").quantity(2).build());
        this.insights.send(sale().at("2026-08-31T15:59:59Z").quantity(4).build());
        // last season's backfill, arriving after a year of newer events
        this.insights.send(sale().at("2025-07-15T02:00:00Z").quantity(8).build());
        // and an event from the day after tomorrow's morning (within the one-day skew)
        this.insights.send(sale().at("2026-09-02T20:00:00Z").quantity(16).build());

        Map<String, SalesFact> facts = this.insights.store(StoreNames.SOLD_FACTS);

        assertThat(facts).hasSize(4);
        SalesFact lastSeason = facts.get("2025-07-15|dried|online|Guangdong|DRIED-250G|0.25|CNY");
        SalesFact august31 = facts.get("2026-08-31|dried|online|Guangdong|DRIED-250G|0.25|CNY");
        SalesFact september1 = facts.get("2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|CNY");
        SalesFact september3 = facts.get("2026-09-03|dried|online|Guangdong|DRIED-250G|0.25|CNY");
        assertThat(lastSeason.units()).isEqualTo(8);
        assertThat(lastSeason.day()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(august31.units()).isEqualTo(4);
        assertThat(september1.orders()).isEqualTo(2);
        assertThat(september1.units()).isEqualTo(3);
        assertThat(september3.units()).isEqualTo(16);
    }

    @Test
    void livestreamSalesAddUpPerSessionFormAndCurrencyAndPerMinute() {
        this.insights.send(sale().form(ProductForm.NFC_JUICE)
                .packSize("0.3")
                .quantity(2)
                .price("59.00")
                .platform("douyin")
                .livestream("LS-A")
                .at("2026-08-15T13:05:10Z")
                .customer("c-1")
                .build());
        this.insights.send(sale().form(ProductForm.NFC_JUICE)
                .packSize("0.3")
                .quantity(1)
                .price("59.00")
                .platform("douyin")
                .livestream("LS-A")
                .at("2026-08-15T13:05:50Z")
                .customer("c-1")
                .build());
        this.insights.send(sale().form(ProductForm.DRIED)
                .packSize("0.5")
                .quantity(3)
                .price("45.00")
                .platform("douyin")
                .livestream("LS-A")
                .at("2026-08-15T13:07:00Z")
                .customer("c-2")
                .build());
        // arrives last, happened first: it becomes the session's first sale
        this.insights.send(sale().form(ProductForm.NFC_JUICE)
                .packSize("0.3")
                .quantity(1)
                .price("55.00")
                .platform(null)
                .livestream("LS-A")
                .at("2026-08-15T12:59:00Z")
                .build());

        Map<String, LivestreamFact> sessions = this.insights.store(StoreNames.SOLD_LIVESTREAMS);
        assertThat(sessions.keySet()).containsExactly("LS-A|dried|CNY", "LS-A|nfc_juice|CNY");
        LivestreamFact juice = sessions.get("LS-A|nfc_juice|CNY");
        assertThat(juice.orders()).isEqualTo(3);
        assertThat(juice.units()).isEqualTo(4);
        assertThat(juice.volume()).isEqualByComparingTo("1.2");
        // 2 x 59.00 + 59.00 + 55.00
        assertThat(juice.revenue()).isEqualByComparingTo("232.00");
        assertThat(juice.firstSale()).isEqualTo(Instant.parse("2026-08-15T12:59:00Z"));
        assertThat(juice.lastSale()).isEqualTo(Instant.parse("2026-08-15T13:05:50Z"));
        assertThat(juice.day()).isEqualTo(LocalDate.of(2026, 8, 15));
        // the first sale named no platform: the session's platform comes from the next one
        assertThat(juice.platform()).isEqualTo("douyin");
        LivestreamFact dried = sessions.get("LS-A|dried|CNY");
        assertThat(dried.orders()).isEqualTo(1);
        assertThat(dried.units()).isEqualTo(3);
        assertThat(dried.volume()).isEqualByComparingTo("1.5");
        assertThat(dried.revenue()).isEqualByComparingTo("135.00");

        Map<String, LivestreamMinuteFact> minutes = this.insights.store(StoreNames.SOLD_LIVESTREAM_MINUTES);
        assertThat(minutes)
                .containsExactly(
                        Map.entry(
                                "LS-A|2026-08-15T12:59:00Z",
                                new LivestreamMinuteFact("LS-A", Instant.parse("2026-08-15T12:59:00Z"), 1, 1)),
                        Map.entry(
                                "LS-A|2026-08-15T13:05:00Z",
                                new LivestreamMinuteFact("LS-A", Instant.parse("2026-08-15T13:05:00Z"), 2, 3)),
                        Map.entry(
                                "LS-A|2026-08-15T13:07:00Z",
                                new LivestreamMinuteFact("LS-A", Instant.parse("2026-08-15T13:07:00Z"), 1, 3)));

        Map<String, CustomerOrdersFact> customers = this.insights.store(StoreNames.SOLD_CUSTOMER_ORDERS);
        assertThat(customers)
                .containsExactly(
                        Map.entry(
                                "2026-08-15|c-1|nfc_juice",
                                new CustomerOrdersFact("c-1", ProductForm.NFC_JUICE, LocalDate.of(2026, 8, 15), 2)),
                        Map.entry(
                                "2026-08-15|c-2|dried",
                                new CustomerOrdersFact("c-2", ProductForm.DRIED, LocalDate.of(2026, 8, 15), 1)));
    }

    @Test
    void aSaleWithoutCurrencyCountsInCnyAndASaleOfAnUnknownLotCountsInFull() {
        this.insights.send(sale().currency(null).quantity(2).price("10.00").build());
        // no harvest, drying or juicing ever named this lot: the sale counts all the same
        this.insights.send(
                sale().quantity(1).price("10.00").batch("NO-SUCH-LOT").build());

        Map<String, SalesFact> facts = this.insights.store(StoreNames.SOLD_FACTS);

        assertThat(facts.keySet()).containsExactly("2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|CNY");
        SalesFact fact = facts.values().iterator().next();
        assertThat(fact.orders()).isEqualTo(2);
        assertThat(fact.revenue()).isEqualByComparingTo("30.00");
    }

    @Test
    void countsEveryEventAndItsAgeSinceTheIngestServiceAcceptedIt() {
        // the driver's wall clock stands at 2026-09-02T00:00:00Z
        this.insights.send(sale().recorded("2026-09-01T23:59:58Z").build());
        this.insights.send(sale().recorded("2026-09-01T23:59:59.500Z").build());

        assertThat(this.insights.counter("goji.insights.events.processed", "type", "sold"))
                .isEqualTo(2.0);
        Timer age = this.insights
                .registry
                .find("goji.insights.event.age")
                .tags("type", "sold")
                .timer();
        assertThat(age).isNotNull();
        assertThat(age.count()).isEqualTo(2);
        assertThat(age.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2500.0);
        assertThat(age.max(TimeUnit.MILLISECONDS)).isEqualTo(2000.0);
    }

    private static void assertSales(
            SalesFact fact,
            LocalDate day,
            ProductForm form,
            Channel channel,
            String province,
            String currency,
            long orders,
            long units,
            String volume,
            String revenue) {
        assertThat(fact.day()).isEqualTo(day);
        assertThat(fact.productForm()).isEqualTo(form);
        assertThat(fact.channel()).isEqualTo(channel);
        assertThat(fact.province()).isEqualTo(province);
        assertThat(fact.currency()).isEqualTo(currency);
        assertThat(fact.orders()).isEqualTo(orders);
        assertThat(fact.units()).isEqualTo(units);
        assertThat(fact.volume()).isEqualByComparingTo(new BigDecimal(volume));
        assertThat(fact.revenue()).isEqualByComparingTo(new BigDecimal(revenue));
    }
}
