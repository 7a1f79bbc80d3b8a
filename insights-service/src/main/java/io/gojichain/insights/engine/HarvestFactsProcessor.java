package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Harvested;
import io.gojichain.insights.facts.HarvestFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;

/** Harvests per day, county and grade: key {@code day|province|county|grade}. */
final class HarvestFactsProcessor extends FactsProcessor<Harvested> {

    static final String UNGRADED = "ungraded";

    private @Nullable KeyValueStore<String, HarvestFact> facts;

    private @Nullable KeyValueStore<String, BigDecimal> totals;

    private HarvestFactsProcessor(TopologySettings settings) {
        super(EventType.HARVESTED, settings);
    }

    static ProcessorSupplier<byte[], Harvested, Void, Void> supplier(TopologySettings settings) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<byte[], Harvested, Void, Void> get() {
                return new HarvestFactsProcessor(settings);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        store(StoreNames.HARVESTED_FACTS, HarvestFact.class), totals(StoreNames.HARVESTED_TOTALS));
            }
        };
    }

    @Override
    void open(ProcessorContext<Void, Void> context) {
        this.facts = context.getStateStore(StoreNames.HARVESTED_FACTS);
        this.totals = context.getStateStore(StoreNames.HARVESTED_TOTALS);
    }

    @Override
    void count(Harvested event, LocalDate day) {
        String province = event.region().province();
        String county = event.region().county();
        String grade = (event.grade() == null) ? UNGRADED : WireNames.of(event.grade());
        HarvestFact fact = new HarvestFact(day, province, county, grade, 1, event.quantityKg());
        add(require(this.facts), FactKey.of(day, province, county, grade), fact, FactMerge::harvest);
        addTotal(require(this.totals), TotalKeys.EVENTS, BigDecimal.ONE);
        addTotal(require(this.totals), TotalKeys.KG, event.quantityKg());
    }

    private static <T> T require(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("not initialised");
        }
        return value;
    }
}
