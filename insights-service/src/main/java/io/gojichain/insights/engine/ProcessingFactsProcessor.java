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

    private @Nullable KeyValueStore<String, ProcessingFact> facts;

    private ProcessingFactsProcessor(EventType type, String storeName, TopologySettings settings) {
        super(type, settings);
        this.storeName = storeName;
    }

    static ProcessorSupplier<byte[], Dried, Void, Void> dried(TopologySettings settings) {
        return supplier(EventType.DRIED, StoreNames.DRIED_FACTS, settings);
    }

    static ProcessorSupplier<byte[], Juiced, Void, Void> juiced(TopologySettings settings) {
        return supplier(EventType.JUICED, StoreNames.JUICED_FACTS, settings);
    }

    private static <E extends GojiEvent> ProcessorSupplier<byte[], E, Void, Void> supplier(
            EventType type, String storeName, TopologySettings settings) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<byte[], E, Void, Void> get() {
                return new ProcessingFactsProcessor<>(type, storeName, settings);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store(storeName, ProcessingFact.class));
            }
        };
    }

    @Override
    void open(ProcessorContext<Void, Void> context) {
        this.facts = context.getStateStore(this.storeName);
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
        if (this.facts == null) {
            throw new IllegalStateException("not initialised");
        }
        this.facts.put(FactKey.of(day, fact.batchId(), event.eventId()), fact);
    }

    private static BigDecimal inputKg(List<LotInput> inputs) {
        return inputs.stream().map(LotInput::quantityKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
