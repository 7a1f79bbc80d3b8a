package io.gojichain.tools.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.Dried;
import io.gojichain.contracts.EventSchemas;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class SeasonSimulatorTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Set<String> SOUTH = Set.of("Guangdong", "Fujian", "Guangxi");

    private static Season season;

    private static List<GojiEvent> events;

    @BeforeAll
    static void generateDefaultSeason() {
        season = SeasonSimulator.generate(new SeasonSettings(42, 2026, 1.0));
        events = season.events();
    }

    @Test
    void sameSeedGivesTheSameSeasonAndAnotherSeedAnother() {
        Season again = SeasonSimulator.generate(new SeasonSettings(42, 2026, 1.0));
        assertThat(again.events()).isEqualTo(events);

        Season other = SeasonSimulator.generate(new SeasonSettings(43, 2026, 1.0));
        assertThat(other.events()).isNotEqualTo(events);
        assertThat(other.events().get(0).eventId()).isNotEqualTo(events.get(0).eventId());
    }

    @Test
    void defaultSeasonHoldsTwentyToFortyThousandEventsOfEveryType() {
        assertThat(events).hasSizeBetween(20_000, 40_000);
        Map<EventType, Long> byType =
                events.stream().collect(Collectors.groupingBy(GojiEvent::eventType, Collectors.counting()));
        assertThat(byType).containsOnlyKeys(EventType.values());
        assertThat(byType.get(EventType.HARVESTED)).isGreaterThan(1000);
        assertThat(byType.get(EventType.DRIED)).isGreaterThan(100);
        assertThat(byType.get(EventType.JUICED)).isGreaterThan(20);
        assertThat(byType.get(EventType.SOLD)).isGreaterThan(15_000);
    }

    @Test
    void eventIdsAreUniqueAndDerivedFromSettingsAndSequence() {
        Set<UUID> ids = new HashSet<>();
        for (GojiEvent event : events) {
            assertThat(ids.add(event.eventId()))
                    .as("unique %s", event.eventId())
                    .isTrue();
        }
        // The n-th event's id is the name-based UUID of "goji-demo/<seed>/<year>/<scale>/<n>".
        assertThat(events.get(0).eventId())
                .isEqualTo(UUID.nameUUIDFromBytes("goji-demo/42/2026/1.0000/0".getBytes(StandardCharsets.UTF_8)));
        assertThat(events.get(1234).eventId())
                .isEqualTo(UUID.nameUUIDFromBytes("goji-demo/42/2026/1.0000/1234".getBytes(StandardCharsets.UTF_8)));
        Season small = SeasonSimulator.generate(new SeasonSettings(42, 2026, 0.1));
        assertThat(small.events().get(0).eventId()).isNotEqualTo(events.get(0).eventId());
    }

    @Test
    void everyEventIsValidAgainstItsJsonSchema() {
        List<String> problems = new ArrayList<>();
        for (GojiEvent event : events) {
            String json = GojiJson.mapper().writeValueAsString(event);
            List<String> violations = EventSchemas.violations(event.eventType(), json);
            if (!violations.isEmpty() && problems.size() < 10) {
                problems.add(violations + " in " + json);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void requestBodiesLeaveWhatTheServiceStampsToTheService() {
        for (GojiEvent event : List.of(events.get(0), first(Dried.class), first(Juiced.class), first(Sold.class))) {
            ObjectNode body = IngestApi.body(event, false);
            assertThat(body.has("recordTime")).isFalse();
            assertThat(body.has("source")).isFalse();
            assertThat(body.has("schemaVersion")).isFalse();
            assertThat(body.has("eventType")).isFalse();
            assertThat(body.get("eventId").asString()).isEqualTo(event.eventId().toString());
            assertThat(IngestApi.body(event, true).get("eventType").asString())
                    .isEqualTo(event.eventType().wireName());
        }
    }

    @Test
    void crossFieldRulesOfTheContractHold() {
        for (GojiEvent event : events) {
            if (event instanceof Harvested h) {
                assertThat(h.quantityKg()).isPositive().isLessThanOrEqualTo(new BigDecimal("100000"));
                assertThat(h.quantityKg().scale()).isLessThanOrEqualTo(3);
            } else if (event instanceof Dried d) {
                assertThat(d.inputs()).hasSizeBetween(1, 100);
                assertThat(d.outputKg()).isPositive().isLessThanOrEqualTo(sum(d.inputs()));
                assertThat(d.outputKg().scale()).isLessThanOrEqualTo(3);
                d.inputs().forEach(i -> assertThat(i.quantityKg().scale()).isLessThanOrEqualTo(3));
            } else if (event instanceof Juiced j) {
                assertThat(j.inputs()).hasSizeBetween(1, 100);
                assertThat(j.outputLiters()).isPositive();
                assertThat(j.outputLiters().scale()).isLessThanOrEqualTo(3);
            } else {
                Sold s = (Sold) event;
                assertThat(s.livestreamId() != null)
                        .as("livestreamId iff livestream: %s", s)
                        .isEqualTo(s.channel() == Channel.LIVESTREAM);
                PackUnit unit = s.productForm() == ProductForm.FRESH || s.productForm() == ProductForm.DRIED
                        ? PackUnit.KG
                        : PackUnit.L;
                assertThat(s.packUnit()).isEqualTo(unit);
                assertThat(s.quantity()).isBetween(1, 100_000);
                assertThat(s.packSize()).isPositive();
                assertThat(s.packSize().scale()).isLessThanOrEqualTo(3);
                assertThat(s.unitPrice().scale()).isLessThanOrEqualTo(2);
                assertThat(s.unitPrice()).isNotNegative();
                assertThat(s.currency()).isIn("CNY", "USD");
            }
            LocalDate day = LocalDate.ofInstant(event.eventTime(), SHANGHAI);
            assertThat(day).isBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 15));
        }
    }

    @Test
    void transformationsTakeFromHarvestedLotsAndNeverMoreThanALotHolds() {
        Map<String, Harvested> lots = new HashMap<>();
        Map<String, BigDecimal> taken = new HashMap<>();
        for (GojiEvent event : events) {
            if (event instanceof Harvested h) {
                assertThat(lots.put(h.lotId(), h))
                        .as("lot minted once: %s", h.lotId())
                        .isNull();
            }
            List<LotInput> inputs =
                    event instanceof Dried d ? d.inputs() : event instanceof Juiced j ? j.inputs() : List.of();
            for (LotInput input : inputs) {
                Harvested lot = lots.get(input.lotId());
                assertThat(lot)
                        .as("input lot %s was harvested before", input.lotId())
                        .isNotNull();
                assertThat(lot.eventTime()).isBefore(event.eventTime());
                taken.merge(input.lotId(), input.quantityKg(), BigDecimal::add);
            }
            if (event instanceof Sold s && s.productForm() == ProductForm.FRESH) {
                Harvested lot = lots.get(s.batchId());
                assertThat(lot).as("fresh sale from a harvested lot: %s", s).isNotNull();
                assertThat(lot.eventTime()).isBefore(s.eventTime());
                taken.merge(s.batchId(), s.packSize().multiply(BigDecimal.valueOf(s.quantity())), BigDecimal::add);
            }
        }
        // Only the planted lots were recorded with more than they held, each by clearly more than
        // the 0.5 % the mass-balance signal tolerates.
        Set<String> overdrawn = new HashSet<>();
        taken.forEach((lotId, kg) -> {
            BigDecimal harvested = lots.get(lotId).quantityKg();
            if (kg.compareTo(harvested) > 0) {
                overdrawn.add(lotId);
                assertThat(kg).as("kg taken from %s", lotId).isGreaterThan(harvested.multiply(new BigDecimal("1.03")));
            }
        });
        assertThat(overdrawn).containsExactlyInAnyOrderElementsOf(season.overdrawnLots());
        assertThat(season.overdrawnLots()).hasSize(3);
        assertThat(taken).hasSizeGreaterThan(lots.size() / 2);
    }

    @Test
    void thePremiumCooperativeEarnsClearlyMorePerFreshKgThanTheCounty() {
        // Attribution as docs/CONTRACT.md section 7 defines it, computed here on its own: a sale
        // naming a batch is split over the batch's lots by the kg taken from each; a fresh sale
        // naming a lot goes wholly to it.
        Map<String, String> coopOfLot = new HashMap<>();
        Map<String, List<LotInput>> inputsOf = new HashMap<>();
        Map<String, BigDecimal> revenue = new HashMap<>();
        Map<String, BigDecimal> feKg = new HashMap<>();
        Map<String, Double> factor = Map.of("fresh", 1.0, "dried", 4.5, "nfc_juice", 1.3, "pulp", 1.15);
        int sold = 0;
        int named = 0;
        for (GojiEvent event : events) {
            if (event instanceof Harvested h) {
                coopOfLot.put(h.lotId(), h.cooperativeId() == null ? "-" : h.cooperativeId());
            } else if (event instanceof Dried d) {
                inputsOf.put(d.batchId(), d.inputs());
            } else if (event instanceof Juiced j) {
                inputsOf.put(j.batchId(), j.inputs());
            } else if (event instanceof Sold s) {
                sold++;
                if (s.batchId() == null || !"CNY".equals(s.currency())) {
                    continue;
                }
                named++;
                BigDecimal units = BigDecimal.valueOf(s.quantity());
                BigDecimal money = units.multiply(s.unitPrice());
                BigDecimal fe = units.multiply(s.packSize())
                        .multiply(BigDecimal.valueOf(factor.get(s.productForm().wireName())));
                List<LotInput> inputs =
                        inputsOf.getOrDefault(s.batchId(), List.of(new LotInput(s.batchId(), BigDecimal.ONE)));
                BigDecimal total = inputs.stream().map(LotInput::quantityKg).reduce(BigDecimal.ZERO, BigDecimal::add);
                for (LotInput input : inputs) {
                    String coop = coopOfLot.get(input.lotId());
                    double share = input.quantityKg().doubleValue() / total.doubleValue();
                    revenue.merge(coop, money.multiply(BigDecimal.valueOf(share)), BigDecimal::add);
                    feKg.merge(coop, fe.multiply(BigDecimal.valueOf(share)), BigDecimal::add);
                }
            }
        }
        assertThat(named).as("most sales name their batch or lot").isGreaterThan(sold * 3 / 5);
        String premium = season.premiumCooperative();
        double county = sum(revenue.values()).doubleValue() / sum(feKg.values()).doubleValue();
        double ofPremium =
                revenue.get(premium).doubleValue() / feKg.get(premium).doubleValue();
        assertThat(ofPremium)
                .as("CNY per fresh kg of %s against the county's %s", premium, county)
                .isGreaterThan(1.5 * county);
        assertThat(feKg.get(premium).doubleValue())
                .as("enough sold to be more than noise")
                .isGreaterThan(500);
        // No other co-operative stands out like it: the plant is the only story of this kind.
        // It leads every co-operative with enough sales to compare.
        feKg.forEach((coop, kg) -> {
            if (!coop.equals(premium) && kg.doubleValue() > 500) {
                assertThat(revenue.get(coop).doubleValue() / kg.doubleValue())
                        .as(coop)
                        .isLessThan(ofPremium);
            }
        });
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void salesNameBatchesOfTheirFormMadeBeforeTheSale() {
        Map<String, GojiEvent> batches = new HashMap<>();
        int named = 0;
        for (GojiEvent event : events) {
            if (event instanceof Dried d) {
                batches.put(d.batchId(), d);
            } else if (event instanceof Juiced j) {
                batches.put(j.batchId(), j);
            } else if (event instanceof Sold s && s.productForm() != ProductForm.FRESH && s.batchId() != null) {
                GojiEvent batch = batches.get(s.batchId());
                assertThat(batch).as("batch of %s", s).isNotNull();
                assertThat(batch.eventTime()).isBefore(s.eventTime());
                assertThat(formOf(batch)).isEqualTo(s.productForm());
                named++;
            }
        }
        assertThat(named).isGreaterThan(10_000);
    }

    @Test
    void eventsComeInEventTimeOrderPerTypeAndDayByDayAcrossServices() {
        Map<EventType, Instant> last = new HashMap<>();
        LocalDate lastDay = LocalDate.MIN;
        int lastRank = -1;
        for (GojiEvent event : events) {
            Instant previous = last.put(event.eventType(), event.eventTime());
            if (previous != null) {
                assertThat(event.eventTime()).as("%s order", event.eventType()).isAfterOrEqualTo(previous);
            }
            // Within a day: harvests, then processing, then sales.
            LocalDate day = LocalDate.ofInstant(event.eventTime(), SHANGHAI);
            int rank = event.eventType() == EventType.HARVESTED ? 0 : event.eventType() == EventType.SOLD ? 2 : 1;
            if (day.equals(lastDay)) {
                assertThat(rank).as("rank on %s", day).isGreaterThanOrEqualTo(lastRank);
            } else {
                assertThat(day).isAfter(lastDay);
            }
            lastDay = day;
            lastRank = rank;
        }
    }

    @Test
    void nfcJuiceDemandInTheSouthGrowsOverTheLastWeeks() {
        LocalDate end = season.salesEnd();
        BigDecimal last = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal lastElsewhere = BigDecimal.ZERO;
        BigDecimal beforeElsewhere = BigDecimal.ZERO;
        for (Sold s : sales()) {
            if (s.productForm() != ProductForm.NFC_JUICE) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(s.eventTime(), SHANGHAI);
            // feKg of juice: litres x 1.3
            BigDecimal feKg =
                    s.packSize().multiply(BigDecimal.valueOf(s.quantity())).multiply(new BigDecimal("1.3"));
            boolean south = SOUTH.contains(s.buyerRegion().province());
            if (!day.isBefore(end.minusDays(13))) {
                if (south) {
                    last = last.add(feKg);
                } else {
                    lastElsewhere = lastElsewhere.add(feKg);
                }
            } else if (!day.isBefore(end.minusDays(27))) {
                if (south) {
                    before = before.add(feKg);
                } else {
                    beforeElsewhere = beforeElsewhere.add(feKg);
                }
            }
        }
        assertThat(last).isGreaterThan(before.multiply(new BigDecimal("1.3")));
        // Elsewhere it stays flat: the growth is southern, not national.
        assertThat(lastElsewhere)
                .isBetween(
                        beforeElsewhere.multiply(new BigDecimal("0.75")),
                        beforeElsewhere.multiply(new BigDecimal("1.25")));
    }

    @Test
    void oneLivestreamSessionSellsOutInABurst() {
        Map<String, Integer> orders = new TreeMap<>();
        Map<String, Integer> units = new TreeMap<>();
        Map<String, Map<Instant, Integer>> perMinute = new HashMap<>();
        for (Sold s : sales()) {
            if (s.livestreamId() == null) {
                continue;
            }
            orders.merge(s.livestreamId(), 1, Integer::sum);
            units.merge(s.livestreamId(), s.quantity(), Integer::sum);
            Instant minute = s.eventTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            perMinute.computeIfAbsent(s.livestreamId(), k -> new HashMap<>()).merge(minute, 1, Integer::sum);
        }
        String sellOut = season.sellOutSession();
        assertThat(sellOut).isEqualTo("LS-DY-20260818-20");
        assertThat(orders).hasSizeGreaterThan(40);
        int peak = peak(perMinute.get(sellOut));
        int otherPeak = perMinute.entrySet().stream()
                .filter(e -> !e.getKey().equals(sellOut))
                .mapToInt(e -> peak(e.getValue()))
                .max()
                .orElseThrow();
        assertThat(peak).isGreaterThan(5 * otherPeak);
        int otherMost = orders.entrySet().stream()
                .filter(e -> !e.getKey().equals(sellOut))
                .mapToInt(Map.Entry::getValue)
                .max()
                .orElseThrow();
        assertThat(orders.get(sellOut)).isGreaterThan(5 * otherMost);
        // sold out: exactly the 3,000 sachet boxes it had, all of one SKU
        assertThat(units.get(sellOut)).isEqualTo(3000);
        assertThat(sales().stream()
                        .filter(s -> sellOut.equals(s.livestreamId()))
                        .map(Sold::sku)
                        .distinct())
                .containsExactly("NFC-30ML-X10");
    }

    @Test
    void driedBerriesSellSteadilyWeekByWeek() {
        Map<Integer, Double> weekly = new TreeMap<>();
        for (Sold s : sales()) {
            LocalDate day = LocalDate.ofInstant(s.eventTime(), SHANGHAI);
            if (s.productForm() == ProductForm.DRIED) {
                weekly.merge(
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        s.packSize().doubleValue() * s.quantity() * 4.5,
                        Double::sum);
            }
        }
        // full weeks only: the first and the last week of the season are partial
        List<Double> full = new ArrayList<>(weekly.values()).subList(1, weekly.size() - 1);
        double mean = full.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance =
                full.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / full.size();
        assertThat(Math.sqrt(variance) / mean).as("coefficient of variation").isLessThan(0.2);
    }

    @Test
    void pricesEaseTowardOctober() {
        double july = averagePrice("DRIED-250G", 7);
        double october = averagePrice("DRIED-250G", 10);
        assertThat(october).isLessThan(july * 0.95);
        assertThat(averagePrice("FRESH-1KG", 9)).isLessThan(averagePrice("FRESH-1KG", 6));
    }

    @Test
    void yieldsArePlausibleExceptAFewOutliers() {
        List<Double> dried = new ArrayList<>();
        List<Double> nfc = new ArrayList<>();
        List<Double> pulp = new ArrayList<>();
        for (GojiEvent event : events) {
            if (event instanceof Dried d) {
                dried.add(sum(d.inputs()).doubleValue() / d.outputKg().doubleValue());
            } else if (event instanceof Juiced j) {
                double ratio = sum(j.inputs()).doubleValue() / j.outputLiters().doubleValue();
                (j.product() == JuiceProduct.NFC_JUICE ? nfc : pulp).add(ratio);
            }
        }
        long driedOutliers = dried.stream().filter(r -> r < 3.99 || r > 5.01).count();
        assertThat(driedOutliers).isBetween(1L, (long) (dried.size() * 0.06));
        assertThat(nfc.stream().filter(r -> r >= 1.249 && r <= 1.351).count())
                .isGreaterThanOrEqualTo((long) (nfc.size() * 0.9));
        assertThat(pulp.stream().filter(r -> r >= 1.099 && r <= 1.201).count())
                .isGreaterThanOrEqualTo((long) (pulp.size() * 0.9));
        assertThat(nfc).isNotEmpty();
        assertThat(pulp).isNotEmpty();
    }

    @Test
    void customersArePseudonymousAndSomeComeBack() {
        Map<String, Integer> ordersByCustomer = new HashMap<>();
        for (Sold s : sales()) {
            assertThat(s.customerId()).matches("c[0-9a-f]{16}");
            ordersByCustomer.merge(s.customerId(), 1, Integer::sum);
        }
        long repeat = ordersByCustomer.values().stream().filter(n -> n >= 2).count();
        assertThat(repeat).isGreaterThan(ordersByCustomer.size() / 10);
    }

    @Test
    void salesSpreadOverChannelsPlatformsAndProvinces() {
        Map<Channel, Long> channels =
                sales().stream().collect(Collectors.groupingBy(Sold::channel, Collectors.counting()));
        assertThat(channels).containsOnlyKeys(Channel.values());
        assertThat(sales().stream().map(Sold::platform).filter(p -> p != null).distinct())
                .containsExactlyInAnyOrder("jd", "tmall", "douyin", "kuaishou");
        assertThat(sales().stream()
                        .map(s -> s.buyerRegion().province())
                        .distinct()
                        .count())
                .isGreaterThan(25);
        assertThat(sales().stream().map(Sold::sku).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(sales().stream().filter(s -> s.currency().equals("USD")).count())
                .isPositive();
    }

    @Test
    void scaleForLandsNearTheAskedNumberOfEvents() {
        double scale = SeasonSimulator.scaleFor(42, 2026, 5_000);
        int count = SeasonSimulator.generate(new SeasonSettings(42, 2026, scale))
                .events()
                .size();
        assertThat(count).isBetween(4_500, 5_500);
    }

    private static List<Sold> sales() {
        return events.stream()
                .filter(Sold.class::isInstance)
                .map(Sold.class::cast)
                .toList();
    }

    private static double averagePrice(String sku, int month) {
        return sales().stream()
                .filter(s -> s.sku().equals(sku) && s.channel() == Channel.ONLINE)
                .filter(s -> LocalDate.ofInstant(s.eventTime(), SHANGHAI).getMonthValue() == month)
                .mapToDouble(s -> s.unitPrice().doubleValue())
                .average()
                .orElseThrow();
    }

    private static int peak(Map<Instant, Integer> perMinute) {
        return perMinute.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static ProductForm formOf(GojiEvent batch) {
        if (batch instanceof Dried) {
            return ProductForm.DRIED;
        }
        return ((Juiced) batch).product() == JuiceProduct.NFC_JUICE ? ProductForm.NFC_JUICE : ProductForm.PULP;
    }

    private static BigDecimal sum(List<LotInput> inputs) {
        return inputs.stream().map(LotInput::quantityKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static <T extends GojiEvent> T first(Class<T> type) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }
}
