package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Harvested;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.LotFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Harvests per day, county and grade: key {@code day|province|county|grade}; and the lot itself in
 * {@code harvested-lots} (key {@code lotId}, the first harvest counted for it stays).
 */
final class HarvestFactCounter extends FactCounter<Harvested> {

    static final String UNGRADED = "ungraded";

    private @Nullable KeyValueStore<String, HarvestFact> facts;

    private @Nullable KeyValueStore<String, RunningTotals> totals;

    private @Nullable KeyValueStore<String, LotFact> lots;

    HarvestFactCounter() {
        super(EventType.HARVESTED);
    }

    @Override
    Set<StoreBuilder<?>> stores() {
        return Set.of(
                store(StoreNames.HARVESTED_FACTS, FactSerdes.HARVEST),
                store(StoreNames.HARVESTED_LOTS, FactSerdes.LOT),
                totals(StoreNames.HARVESTED_TOTALS));
    }

    @Override
    void open(ProcessorContext<?, ?> context) {
        this.facts = context.getStateStore(StoreNames.HARVESTED_FACTS);
        this.totals = context.getStateStore(StoreNames.HARVESTED_TOTALS);
        this.lots = context.getStateStore(StoreNames.HARVESTED_LOTS);
    }

    @Override
    void count(Harvested event, LocalDate day, StagedWrites writes) {
        String province = event.region().province();
        String county = event.region().county();
        String grade = (event.grade() == null) ? UNGRADED : WireNames.of(event.grade());
        HarvestFact fact = new HarvestFact(day, province, county, grade, 1, event.quantityKg());
        writes.add(require(this.facts), FactKey.of(day, province, county, grade), fact, FactMerge::harvest);
        addTotals(
                writes,
                require(this.totals),
                Map.of(TotalKeys.EVENTS, BigDecimal.ONE, TotalKeys.KG, event.quantityKg()));
        LotFact lot = new LotFact(
                event.lotId(),
                event.farmId(),
                event.cooperativeId(),
                day,
                event.eventTime(),
                event.quantityKg(),
                province,
                county,
                (event.grade() == null) ? null : WireNames.of(event.grade()),
                event.variety());
        writes.add(require(this.lots), event.lotId(), lot, FactMerge::first);
    }
}
