package io.gojichain.insights.farms;

import io.gojichain.contracts.Channel;
import io.gojichain.insights.attribution.Attribution;
import io.gojichain.insights.attribution.Earnings;
import io.gojichain.insights.attribution.PeriodLinks;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.LotFact;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Farms, co-operatives and a farm's lots from the period's joined links; pure, no Spring. */
final class FarmsCalculator {

    private FarmsCalculator() {}

    static FarmsReport report(PeriodLinks links, ZoneId zone) {
        Map<String, Totals> farms = new TreeMap<>();
        Map<String, Totals> coops = new TreeMap<>();
        for (LotFact lot : links.lots().values()) {
            if (!links.active(lot)) {
                continue;
            }
            farms.computeIfAbsent(lot.farmId(), id -> new Totals()).add(lot, links);
            if (lot.cooperativeId() != null) {
                coops.computeIfAbsent(lot.cooperativeId(), id -> new Totals()).add(lot, links);
            }
        }
        List<FarmsReport.Farm> farmRows = new ArrayList<>();
        farms.forEach((farmId, totals) -> farmRows.add(totals.farm(farmId, cooperativeOf(farmId, links))));
        List<FarmsReport.Cooperative> coopRows = new ArrayList<>();
        coops.forEach((coopId, totals) -> coopRows.add(totals.cooperative(coopId)));
        Attribution attribution = links.attribution();
        return new FarmsReport(
                zone.getId(),
                links.period(),
                farmRows,
                coopRows,
                earned(attribution.county()),
                earned(attribution.unattributed()));
    }

    /** The farm in the period; empty when no lot of it was ever counted. */
    static Optional<FarmDetail> farm(String farmId, PeriodLinks links, ZoneId zone) {
        List<LotFact> lots = links.lotsOf(farmId);
        if (lots.isEmpty()) {
            return Optional.empty();
        }
        Totals totals = new Totals();
        List<FarmDetail.Lot> rows = new ArrayList<>();
        for (LotFact lot : lots) {
            if (!links.active(lot)) {
                continue;
            }
            totals.add(lot, links);
            rows.add(lotRow(lot, links));
        }
        return Optional.of(
                new FarmDetail(zone.getId(), links.period(), totals.farm(farmId, cooperativeOf(farmId, links)), rows));
    }

    private static FarmDetail.Lot lotRow(LotFact lot, PeriodLinks links) {
        Attribution.LotEarnings earnings = links.attribution().lot(lot.lotId());
        List<FarmDetail.Batch> batches = new ArrayList<>();
        for (BatchFact batch : links.batches().values()) {
            BigDecimal taken = BigDecimal.ZERO;
            boolean used = false;
            for (BatchFact.LotTaken input : batch.inputs()) {
                if (input.lotId().equals(lot.lotId())) {
                    taken = taken.add(input.kg());
                    used = true;
                }
            }
            if (used) {
                batches.add(new FarmDetail.Batch(
                        batch.batchId(), batch.output().wireName(), batch.method(), batch.processedAt(), taken));
            }
        }
        batches.sort(Comparator.comparing(FarmDetail.Batch::processedAt).thenComparing(FarmDetail.Batch::batchId));
        List<FarmDetail.Place> byChannel = new ArrayList<>();
        for (Map.Entry<Channel, Earnings> entry : earnings.byChannel().entrySet()) {
            byChannel.add(place(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue()));
        }
        List<FarmDetail.Place> byProvince = new ArrayList<>();
        earnings.byProvince().forEach((province, earned) -> byProvince.add(place(province, earned)));
        Earnings total = earnings.total();
        return new FarmDetail.Lot(
                lot.lotId(),
                lot.harvestedAt(),
                lot.kg(),
                lot.grade(),
                lot.variety(),
                lot.cooperativeId(),
                batches,
                total.soldFeKg(),
                total.revenue(),
                total.valuePerFreshKg(),
                byChannel,
                byProvince);
    }

    private static FarmDetail.Place place(String key, Earnings earnings) {
        return new FarmDetail.Place(key, earnings.orders(), earnings.soldFeKg(), earnings.revenue());
    }

    private static FarmsReport.Earned earned(Earnings earnings) {
        return new FarmsReport.Earned(earnings.soldFeKg(), earnings.revenue(), earnings.valuePerFreshKg());
    }

    private static @Nullable String cooperativeOf(String farmId, PeriodLinks links) {
        return links.lotsOf(farmId).stream()
                .min(PeriodLinks.latestFirst())
                .map(lot -> lot.cooperativeId())
                .orElse(null);
    }

    /** Sums over the active lots of a farm or co-operative. */
    private static final class Totals {

        private final Set<String> farms = new HashSet<>();

        private long lots;

        private BigDecimal harvestedKg = BigDecimal.ZERO;

        private final Map<String, BigDecimal> processedKg = new LinkedHashMap<>();

        private final Earnings earnings = new Earnings();

        Totals() {
            PeriodLinks.PROCESSES.forEach(process -> this.processedKg.put(process, BigDecimal.ZERO));
        }

        void add(LotFact lot, PeriodLinks links) {
            this.farms.add(lot.farmId());
            if (links.harvestedInPeriod(lot)) {
                this.lots++;
                this.harvestedKg = this.harvestedKg.add(lot.kg());
            }
            links.processedKg(lot).forEach((process, kg) -> this.processedKg.merge(process, kg, BigDecimal::add));
            this.earnings.add(links.attribution().lot(lot.lotId()).total());
        }

        FarmsReport.Farm farm(String farmId, @Nullable String cooperativeId) {
            return new FarmsReport.Farm(
                    farmId,
                    cooperativeId,
                    this.lots,
                    this.harvestedKg,
                    this.processedKg,
                    this.earnings.soldFeKg(),
                    this.earnings.revenue(),
                    this.earnings.valuePerFreshKg());
        }

        FarmsReport.Cooperative cooperative(String cooperativeId) {
            return new FarmsReport.Cooperative(
                    cooperativeId,
                    this.farms.size(),
                    this.lots,
                    this.harvestedKg,
                    this.processedKg,
                    this.earnings.soldFeKg(),
                    this.earnings.revenue(),
                    this.earnings.valuePerFreshKg());
        }
    }
}
