package io.gojichain.insights.signals;

import io.gojichain.insights.attribution.PeriodLinks;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code mass_balance} (data quality): a lot that gave processing more fresh kg than was harvested,
 * beyond {@code overdrawTolerance}, counting every batch that ever took from it. A lot is looked at
 * when it was harvested in the period or a batch of the period took from it. Never a rejected
 * event: events arrive out of order across services, so the lot stays counted and is flagged.
 */
final class MassBalanceRule {

    private final SignalThresholds thresholds;

    MassBalanceRule(SignalThresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Signal> apply(PeriodLinks links, Period period) {
        Map<String, BigDecimal> given = new TreeMap<>();
        Map<String, TreeSet<String>> batches = new TreeMap<>();
        for (BatchFact batch : links.batches().values()) {
            for (BatchFact.LotTaken input : batch.inputs()) {
                given.merge(input.lotId(), input.kg(), BigDecimal::add);
                batches.computeIfAbsent(input.lotId(), id -> new TreeSet<>()).add(batch.batchId());
            }
        }
        BigDecimal limit = BigDecimal.ONE.add(this.thresholds.overdrawTolerance());
        List<Signal> signals = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : given.entrySet()) {
            LotFact lot = links.lots().get(entry.getKey());
            if (lot == null
                    || lot.kg().signum() <= 0
                    || entry.getValue().compareTo(lot.kg().multiply(limit)) <= 0
                    || !(links.harvestedInPeriod(lot) || links.processedKg().containsKey(lot.lotId()))) {
                continue;
            }
            BigDecimal excess = entry.getValue().subtract(lot.kg());
            BigDecimal share = excess.divide(lot.kg(), 4, RoundingMode.HALF_EVEN);
            List<String> batchIds = List.copyOf(batches.get(lot.lotId()));
            Sentence farm = (lot.cooperativeId() == null)
                    ? Sentence.of("signal.lot.farm", lot.farmId())
                    : Sentence.of("signal.lot.farm-coop", lot.farmId(), lot.cooperativeId());
            Sentence sentence = Sentence.of(
                    "signal.mass_balance",
                    lot.lotId(),
                    farm,
                    Sentence.kg(entry.getValue()),
                    Sentence.kg(lot.kg()),
                    Sentence.kg(excess),
                    Sentence.share(share),
                    batchIds.size());
            signals.add(new Signal(
                    SignalKind.MASS_BALANCE.wireName() + ":" + lot.lotId() + ":" + period.from(),
                    SignalKind.MASS_BALANCE,
                    List.of(Audience.FARMERS, Audience.PROCESSORS),
                    "",
                    new MassBalanceEvidence(
                            lot.lotId(),
                            lot.farmId(),
                            lot.cooperativeId(),
                            lot.kg(),
                            entry.getValue(),
                            excess,
                            share,
                            batchIds),
                    period,
                    null,
                    Severity.WARNING,
                    share,
                    sentence));
        }
        return signals;
    }
}
