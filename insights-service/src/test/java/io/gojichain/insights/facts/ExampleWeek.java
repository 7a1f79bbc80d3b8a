package io.gojichain.insights.facts;

import static io.gojichain.insights.facts.FixedInsightFacts.batch;
import static io.gojichain.insights.facts.FixedInsightFacts.harvest;
import static io.gojichain.insights.facts.FixedInsightFacts.sale;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import java.time.LocalDate;

/**
 * The data behind the OpenAPI examples of forecast, supply-demand and signals; the web slice tests
 * check that each documented example is exactly what the endpoint answers for it (today is
 * 2026-09-14).
 *
 * <ul>
 *   <li>NFC juice in livestream sessions to Guangdong since 2026-08-11, 32 CNY a litre: 10 L on
 *       weekdays and 14 L at weekends with a little noise, and a sell-out of 120 L on 2026-09-12.
 *   <li>Dried goji online to Zhejiang since 2026-08-25 at 60 CNY/kg: 6 kg a day, halved from
 *       2026-09-08.
 *   <li>Fresh berries in shops in Xinjiang since 2026-08-25: 20 kg a day at 15 CNY/kg.
 *   <li>Harvests of 3000, 1500 and 1200 kg; 900 kg dried into 200 kg, 650 kg juiced into 500 L.
 * </ul>
 */
public final class ExampleWeek {

    private ExampleWeek() {}

    public static void fill(FixedInsightFacts facts) {
        int[] noise = {0, 1, -1, 2, -2};
        for (LocalDate day = LocalDate.parse("2026-08-11");
                !day.isAfter(LocalDate.parse("2026-09-14"));
                day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            boolean sellOut = day.equals(LocalDate.parse("2026-09-12"));
            int litres = sellOut ? 120 : (weekend ? 14 : 10) + noise[day.getDayOfMonth() % 5];
            facts.add(sale(
                    day.toString(),
                    ProductForm.NFC_JUICE,
                    Channel.LIVESTREAM,
                    "Guangdong",
                    sellOut ? 40 : 5,
                    Integer.toString(litres),
                    (litres * 32) + ".00"));
        }
        facts.add(harvest("2026-08-20", "3000"), harvest("2026-09-05", "1500"), harvest("2026-09-12", "1200"));
        facts.add(
                batch("2026-08-21", ProductForm.DRIED, "900", "200"),
                batch("2026-09-06", ProductForm.NFC_JUICE, "650", "500"));
        for (LocalDate day = LocalDate.parse("2026-08-25");
                !day.isAfter(LocalDate.parse("2026-09-14"));
                day = day.plusDays(1)) {
            boolean halved = !day.isBefore(LocalDate.parse("2026-09-08"));
            facts.add(sale(
                    day.toString(),
                    ProductForm.DRIED,
                    Channel.ONLINE,
                    "Zhejiang",
                    halved ? 6 : 12,
                    halved ? "3" : "6",
                    halved ? "180.00" : "360.00"));
            facts.add(sale(day.toString(), ProductForm.FRESH, Channel.OFFLINE, "Xinjiang", 2, "20", "300.00"));
        }
    }
}
