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
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;

/**
 * One entry per counted transformation: key {@code day|batchId|eventId}, so a batch reported twice
 * under different eventIds stays two entries (yields are computed per batch event).
 */
final class ProcessingFactsProcessor<E extends GojiEvent> extends FactsProcessor<E> {

    private final String storeName;

    private final String totalsName;

    private @Nullable KeyValueStore<String, ProcessingFact> facts;

    private @Nullable KeyValueStore<String, BigDecimal> totals;

    private ProcessingFactsProcessor(EventType type, String storeName, String totalsName, TopologySettings settings) {
        super(type, settings);
        this.storeName = storeName;
        this.totalsName = totalsName;
    }

    static ProcessorSupplier<byte[], Dried, Void, Void> dried(TopologySettings settings) {
        return supplier(EventType.DRIED, StoreNames.DRIED_FACTS, StoreNames.DRIED_TOTALS, settings);
    }

    static ProcessorSupplier<byte[], Juiced, Void, Void> juiced(TopologySettings settings) {
        return supplier(EventType.JUICED, StoreNames.JUICED_FACTS, StoreNames.JUICED_TOTALS, settings);
    }

    private static <E extends GojiEvent> ProcessorSupplier<byte[], E, Void, Void> supplier(
            EventType type, String storeName, String totalsName, TopologySettings settings) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<byte[], E, Void, Void> get() {
                return new ProcessingFactsProcessor<>(type, storeName, totalsName, settings);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store(storeName, ProcessingFact.class), totals(totalsName));
            }
        };
    }

    @Override
    void open(ProcessorContext<Void, Void> context) {
        this.facts = context.getStateStore(this.storeName);
        this.totals = context.getStateStore(this.totalsName);
    }

    @Override
    void count(E event, LocalDate day) {
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
        this.facts.put(FactKey.of(day, fact.batchId(), event.eventId()), fact);
        addTotal(this.totals, TotalKeys.EVENTS, BigDecimal.ONE);
        addTotal(this.totals, TotalKeys.INPUT_KG, fact.inputKg());
        addTotal(this.totals, TotalKeys.output(fact.output()), fact.outputQuantity());
    }

    private static BigDecimal inputKg(List<LotInput> inputs) {
        return inputs.stream().map(LotInput::quantityKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
