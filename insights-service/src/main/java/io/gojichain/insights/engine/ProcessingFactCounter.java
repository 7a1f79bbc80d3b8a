package io.gojichain.insights.engine;

import io.gojichain.contracts.Dried;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.ProcessingFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;

/**
 * One entry per counted transformation: key {@code day|batchId|eventId}, so a batch reported twice
 * under different eventIds stays two entries (yields are computed per batch event).
 */
final class ProcessingFactCounter<E extends GojiEvent> extends FactCounter<E> {

    private final String storeName;

    private final String totalsName;

    private @Nullable KeyValueStore<String, ProcessingFact> facts;

    private @Nullable KeyValueStore<String, RunningTotals> totals;

    private ProcessingFactCounter(EventType type, String storeName, String totalsName) {
        super(type);
        this.storeName = storeName;
        this.totalsName = totalsName;
    }

    static ProcessingFactCounter<Dried> dried() {
        return new ProcessingFactCounter<>(EventType.DRIED, StoreNames.DRIED_FACTS, StoreNames.DRIED_TOTALS);
    }

    static ProcessingFactCounter<Juiced> juiced() {
        return new ProcessingFactCounter<>(EventType.JUICED, StoreNames.JUICED_FACTS, StoreNames.JUICED_TOTALS);
    }

    @Override
    Set<StoreBuilder<?>> stores() {
        return Set.of(store(this.storeName, FactSerdes.PROCESSING), totals(this.totalsName));
    }

    @Override
    void open(ProcessorContext<?, ?> context) {
        this.facts = context.getStateStore(this.storeName);
        this.totals = context.getStateStore(this.totalsName);
    }

    @Override
    void count(E event, LocalDate day, StagedWrites writes) {
        ProcessingFact fact;
        if (event instanceof Dried dried) {
            fact = new ProcessingFact(
                    day,
                    dried.batchId(),
                    dried.processorId(),
                    ProductForm.DRIED,
                    WireNames.of(dried.method()),
                    inputKg(dried.inputs()),
                    dried.outputKg());
        } else {
            Juiced juiced = (Juiced) event;
            fact = new ProcessingFact(
                    day,
                    juiced.batchId(),
                    juiced.processorId(),
                    juiced.product().productForm(),
                    WireNames.of(juiced.product()),
                    inputKg(juiced.inputs()),
                    juiced.outputLiters());
        }
        if (this.facts == null || this.totals == null) {
            throw new IllegalStateException("not initialised");
        }
        writes.put(this.facts, FactKey.of(day, fact.batchId(), event.eventId()), fact);
        addTotals(
                writes,
                this.totals,
                Map.of(
                        TotalKeys.EVENTS,
                        BigDecimal.ONE,
                        TotalKeys.INPUT_KG,
                        fact.inputKg(),
                        TotalKeys.output(fact.output()),
                        fact.outputQuantity()));
    }

    private static BigDecimal inputKg(List<LotInput> inputs) {
        return inputs.stream().map(LotInput::quantityKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
