package io.gojichain.insights.dashboard;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.TestFacts;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts the dashboard is tested with. "Today" is {@link #TODAY} (the tests' clock), so the page's
 * 30-day view is 2026-08-16 to 2026-09-14 and its 7-day view 2026-09-08 to 2026-09-14.
 */
record DashboardData(
        List<SalesFact> sales,
        List<HarvestFact> harvests,
        List<ProcessingFact> processing,
        List<LivestreamFact> livestreams,
        List<LivestreamMinuteFact> livestreamMinutes) {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 14);

    /** Noon in Asia/Shanghai on {@link #TODAY}. */
    static final Instant NOW = Instant.parse("2026-09-14T04:00:00Z");

    /**
     * Nine sales lines the browser test's expectations are worked out from by hand (see the
     * comments there): one before the 30-day view, the rest inside it, three inside the 7-day view.
     */
    static DashboardData handWritten() {
        List<SalesFact> sales = List.of(
                // 1.0 kg x 4.5 = 4.5 feKg, before the 30-day view
                TestFacts.sales(
                        "2026-08-10",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Zhejiang",
                        "DRIED-500",
                        "0.5",
                        "CNY",
                        2,
                        2,
                        "45.00"),
                // 4 kg x 4.5 = 18 feKg, 360.00
                TestFacts.sales(
                        "2026-08-20",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Zhejiang",
                        "DRIED-500",
                        "0.5",
                        "CNY",
                        8,
                        8,
                        "45.00"),
                // 30 kg = 30 feKg, 540.00
                TestFacts.sales(
                        "2026-08-25",
                        ProductForm.FRESH,
                        Channel.OFFLINE,
                        "Xinjiang",
                        "FRESH-1KG",
                        "1",
                        "CNY",
                        5,
                        30,
                        "18.00"),
                // 5 kg x 4.5 = 22.5 feKg, 450.00
                TestFacts.sales(
                        "2026-09-02",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Zhejiang",
                        "DRIED-500",
                        "0.5",
                        "CNY",
                        6,
                        10,
                        "45.00"),
                // 50 L x 1.3 = 65 feKg, 2400.00
                TestFacts.sales(
                        "2026-09-03",
                        ProductForm.NFC_JUICE,
                        Channel.LIVESTREAM,
                        "Guangdong",
                        "JUICE-250",
                        "0.25",
                        "CNY",
                        20,
                        200,
                        "12.00"),
                // 20 L x 1.15 = 23 feKg, 360.00
                TestFacts.sales(
                        "2026-09-05",
                        ProductForm.PULP,
                        Channel.ONLINE,
                        "Shanghai",
                        "PULP-5L",
                        "5",
                        "CNY",
                        2,
                        4,
                        "90.00"),
                // 6 kg x 4.5 = 27 feKg, 540.00
                TestFacts.sales(
                        "2026-09-09",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Zhejiang",
                        "DRIED-500",
                        "0.5",
                        "CNY",
                        6,
                        12,
                        "45.00"),
                // 100 L x 1.3 = 130 feKg, 4800.00
                TestFacts.sales(
                        "2026-09-10",
                        ProductForm.NFC_JUICE,
                        Channel.LIVESTREAM,
                        "Guangdong",
                        "JUICE-250",
                        "0.25",
                        "CNY",
                        40,
                        400,
                        "12.00"),
                // 20 kg = 20 feKg, 360.00
                TestFacts.sales(
                        "2026-09-12",
                        ProductForm.FRESH,
                        Channel.OFFLINE,
                        "Xinjiang",
                        "FRESH-1KG",
                        "1",
                        "CNY",
                        4,
                        20,
                        "18.00"));
        List<HarvestFact> harvests = List.of(new HarvestFact(
                LocalDate.parse("2026-08-15"), "Xinjiang", "Jinghe", "premium", 2, new BigDecimal("1000")));
        List<ProcessingFact> processing = List.of(
                new ProcessingFact(
                        LocalDate.parse("2026-08-18"),
                        "D-1",
                        "PLANT-1",
                        ProductForm.DRIED,
                        "hot_air",
                        new BigDecimal("450"),
                        new BigDecimal("100")),
                new ProcessingFact(
                        LocalDate.parse("2026-08-30"),
                        "J-1",
                        "PLANT-2",
                        ProductForm.NFC_JUICE,
                        "nfc_juice",
                        new BigDecimal("260"),
                        new BigDecimal("200")),
                new ProcessingFact(
                        LocalDate.parse("2026-08-30"),
                        "J-2",
                        "PLANT-2",
                        ProductForm.PULP,
                        "pulp",
                        new BigDecimal("57.5"),
                        new BigDecimal("50")));
        // the two juice sales above, as the sessions they were sold in
        List<LivestreamFact> livestreams = List.of(
                session("dy-0903", "douyin", "2026-09-03", 20, 200, "50", "2400.00"),
                session("dy-0910", "douyin", "2026-09-10", 24, 250, "62.5", "3000.00"),
                session("ks-0910", "kuaishou", "2026-09-10", 16, 150, "37.5", "1800.00"));
        List<LivestreamMinuteFact> minutes = List.of(
                new LivestreamMinuteFact("dy-0910", Instant.parse("2026-09-10T12:05:00Z"), 3, 60),
                new LivestreamMinuteFact("dy-0910", Instant.parse("2026-09-10T12:06:00Z"), 2, 40));
        return new DashboardData(sales, harvests, processing, livestreams, minutes);
    }

    private static LivestreamFact session(
            String id, String platform, String day, long orders, long units, String litres, String revenue) {
        LocalDate date = LocalDate.parse(day);
        Instant start = date.atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new LivestreamFact(
                id,
                platform,
                date,
                ProductForm.NFC_JUICE,
                "CNY",
                orders,
                units,
                new BigDecimal(litres),
                new BigDecimal(revenue),
                start,
                start.plusSeconds(90 * 60));
    }

    /**
     * A plausible Jinghe summer for the screenshot: 16 weeks of daily sales in every form, channel
     * and a handful of provinces, with a weekly rhythm, livestream sessions every third day (one
     * sell-out), juice demand rising over the last two weeks, and the harvest and plant batches
     * behind them. Deterministic: the same facts on every run.
     */
    static DashboardData demoSeason() {
        List<SalesFact> sales = new ArrayList<>();
        List<LivestreamFact> livestreams = new ArrayList<>();
        List<LivestreamMinuteFact> minutes = new ArrayList<>();
        List<HarvestFact> harvests = new ArrayList<>();
        List<ProcessingFact> processing = new ArrayList<>();
        Jitter jitter = new Jitter(20260914);
        LocalDate first = TODAY.minusDays(112);
        LocalDate freshSeason = LocalDate.of(2026, 6, 20);
        LocalDate juiceRise = TODAY.minusDays(14);
        for (LocalDate day = first; !day.isAfter(TODAY); day = day.plusDays(1)) {
            int i = (int) (day.toEpochDay() - first.toEpochDay());
            int weekly = weekly(day.getDayOfWeek());
            int ramp = Math.min(100, 45 + i);
            int juiceGrowth =
                    day.isAfter(juiceRise) ? 100 + 6 * (int) (day.toEpochDay() - juiceRise.toEpochDay()) : 100;
            String text = day.toString();
            if (!day.isBefore(freshSeason)) {
                int cents = Math.max(1300, 2000 - 6 * i);
                long fresh = jitter.units(40, weekly, ramp);
                sales.add(
                        line(text, ProductForm.FRESH, Channel.OFFLINE, "Xinjiang", "FRESH-1KG", "1", fresh, 3, cents));
                long online = jitter.units(26, weekly, ramp);
                sales.add(line(
                        text, ProductForm.FRESH, Channel.ONLINE, "Shanghai", "FRESH-500G", "0.5", online, 2, 1250));
                harvests.add(new HarvestFact(
                        day, "Xinjiang", "Jinghe", "grade_a", 6, BigDecimal.valueOf(450 + jitter.next(60))));
            }
            sales.add(line(
                    text,
                    ProductForm.DRIED,
                    Channel.ONLINE,
                    "Zhejiang",
                    "DRIED-250",
                    "0.25",
                    jitter.units(44, weekly, ramp),
                    2,
                    2800));
            sales.add(line(
                    text,
                    ProductForm.DRIED,
                    Channel.OFFLINE,
                    "Beijing",
                    "DRIED-500",
                    "0.5",
                    jitter.units(14, weekly, ramp),
                    1,
                    5200));
            sales.add(line(
                    text,
                    ProductForm.DRIED,
                    Channel.ONLINE,
                    "Guangdong",
                    "DRIED-250",
                    "0.25",
                    jitter.units(20, weekly, ramp),
                    2,
                    2800));
            sales.add(line(
                    text,
                    ProductForm.NFC_JUICE,
                    Channel.ONLINE,
                    "Jiangsu",
                    "JUICE-300",
                    "0.3",
                    jitter.units(40, weekly, ramp * juiceGrowth / 100),
                    6,
                    1600));
            if (i % 2 == 0) {
                sales.add(line(
                        text,
                        ProductForm.PULP,
                        Channel.ONLINE,
                        "Sichuan",
                        "PULP-5L",
                        "5",
                        1 + jitter.next(3),
                        1,
                        9500));
            }
            if (i % 3 == 0) {
                int sellOut = day.equals(TODAY.minusDays(2)) ? 3 : 1;
                long juice = sellOut * jitter.units(150, weekly, ramp * juiceGrowth / 100);
                long dried = jitter.units(36, weekly, ramp);
                SalesFact juiceLine = line(
                        text,
                        ProductForm.NFC_JUICE,
                        Channel.LIVESTREAM,
                        "Guangdong",
                        "JUICE-300",
                        "0.3",
                        juice,
                        5,
                        1400);
                SalesFact driedLine = line(
                        text, ProductForm.DRIED, Channel.LIVESTREAM, "Sichuan", "DRIED-250", "0.25", dried, 2, 2600);
                sales.add(juiceLine);
                sales.add(driedLine);
                String id = "dy-" + text.substring(5).replace("-", "");
                livestreams.add(asSession(id, "douyin", juiceLine));
                livestreams.add(asSession(id, "douyin", driedLine));
                minutes.add(new LivestreamMinuteFact(
                        id, day.atTime(12, 40).toInstant(ZoneOffset.UTC), juiceLine.orders() / 8 + 1, juice / 8 + 1));
            }
            if (i % 7 == 3) {
                long juice = jitter.units(90, weekly, ramp * juiceGrowth / 100);
                SalesFact juiceLine = line(
                        text, ProductForm.NFC_JUICE, Channel.LIVESTREAM, "Henan", "JUICE-300", "0.3", juice, 4, 1500);
                sales.add(juiceLine);
                livestreams.add(asSession("ks-" + text.substring(5).replace("-", ""), "kuaishou", juiceLine));
            }
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                processing.add(new ProcessingFact(
                        day,
                        "D-" + text,
                        "PLANT-1",
                        ProductForm.DRIED,
                        "hot_air",
                        new BigDecimal("1350"),
                        new BigDecimal("300")));
            }
            boolean juicing = day.getDayOfWeek() == DayOfWeek.WEDNESDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY;
            // juicing starts with the fresh season and does not keep up with the late rise in juice demand
            if (juicing && !day.isBefore(freshSeason)) {
                processing.add(new ProcessingFact(
                        day,
                        "J-" + text,
                        "PLANT-2",
                        ProductForm.NFC_JUICE,
                        "nfc_juice",
                        new BigDecimal("195"),
                        new BigDecimal("150")));
            }
            if (day.getDayOfWeek() == DayOfWeek.THURSDAY && i % 14 < 7) {
                processing.add(new ProcessingFact(
                        day,
                        "P-" + text,
                        "PLANT-2",
                        ProductForm.PULP,
                        "pulp",
                        new BigDecimal("115"),
                        new BigDecimal("100")));
            }
        }
        return new DashboardData(sales, harvests, processing, livestreams, minutes);
    }

    /** Percent of an average day's sales: weekends sell more. */
    private static int weekly(DayOfWeek day) {
        switch (day) {
            case FRIDAY:
                return 115;
            case SATURDAY:
                return 135;
            case SUNDAY:
                return 130;
            case MONDAY:
                return 90;
            case TUESDAY:
                return 85;
            default:
                return 98;
        }
    }

    private static SalesFact line(
            String day,
            ProductForm form,
            Channel channel,
            String province,
            String sku,
            String packSize,
            long units,
            long unitsPerOrder,
            int priceCents) {
        return TestFacts.sales(
                day,
                form,
                channel,
                province,
                sku,
                packSize,
                "CNY",
                Math.max(1, units / unitsPerOrder),
                units,
                BigDecimal.valueOf(priceCents, 2).toPlainString());
    }

    private static LivestreamFact asSession(String id, String platform, SalesFact sale) {
        Instant start = sale.day().atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new LivestreamFact(
                id,
                platform,
                sale.day(),
                sale.productForm(),
                sale.currency(),
                sale.orders(),
                sale.units(),
                sale.volume(),
                sale.revenue(),
                start,
                start.plusSeconds(150 * 60));
    }

    /** A small linear congruential generator: varied but reproducible numbers. */
    private static final class Jitter {

        private long seed;

        Jitter(long seed) {
            this.seed = seed;
        }

        int next(int bound) {
            this.seed = (this.seed * 1103515245L + 12345L) & 0x7fffffffL;
            return (int) ((this.seed >> 8) % bound);
        }

        /** base x weekly% x ramp% x (85..115)%, at least 1. */
        long units(int base, int weeklyPercent, int rampPercent) {
            long jitterPercent = 85 + next(31);
            return Math.max(1L, (long) base * weeklyPercent * rampPercent * jitterPercent / 1_000_000L);
        }
    }
}
