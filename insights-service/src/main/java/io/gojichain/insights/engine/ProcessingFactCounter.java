package io.gojichain.insights.engine;

import io.gojichain.contracts.Dried;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.LotUseFact;
import io.gojichain.insights.facts.ProcessingFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;

/**
 * One entry per counted transformation: key {@code day|batchId|eventId}, so a batch reported twice
 * under different eventIds stays two entries (yields are computed per batch event). And the links
 * (docs/CONTRACT.md section 7): the batch with its inputs (key {@code batchId}) and what it took from
 * each lot (key {@code lotId|batchId}); for a batchId posted twice the first counted stays.
 */
final class ProcessingFactCounter<E extends GojiEvent> extends FactCounter<E> {

    private final String storeName;

    private final String totalsName;

    private final String batchesName;

    private final String usesName;

    private @Nullable KeyValueStore<String, BatchFact> batches;

    private @Nullable KeyValueStore<String, LotUseFact> uses;

    private @Nullable KeyValueStore<String, ProcessingFact> facts;

    private @Nullable KeyValueStore<String, RunningTotals> totals;

    private ProcessingFactCounter(
            EventType type, String storeName, String totalsName, String batchesName, String usesName) {
        super(type);
        this.storeName = storeName;
        this.totalsName = totalsName;
        this.batchesName = batchesName;
        this.usesName = usesName;
    }

    static ProcessingFactCounter<Dried> dried() {
        return new ProcessingFactCounter<>(
                EventType.DRIED,
                StoreNames.DRIED_FACTS,
                StoreNames.DRIED_TOTALS,
                StoreNames.DRIED_BATCHES,
                StoreNames.DRIED_LOT_USES);
    }

    static ProcessingFactCounter<Juiced> juiced() {
        return new ProcessingFactCounter<>(
                EventType.JUICED,
                StoreNames.JUICED_FACTS,
                StoreNames.JUICED_TOTALS,
                StoreNames.JUICED_BATCHES,
                StoreNames.JUICED_LOT_USES);
    }

    @Override
    Set<StoreBuilder<?>> stores() {
        return Set.of(
                store(this.storeName, FactSerdes.PROCESSING),
                store(this.batchesName, FactSerdes.BATCH),
                store(this.usesName, FactSerdes.LOT_USE),
                totals(this.totalsName));
    }

    @Override
    void open(ProcessorContext<?, ?> context) {
        this.facts = context.getStateStore(this.storeName);
        this.totals = context.getStateStore(this.totalsName);
        this.batches = context.getStateStore(this.batchesName);
        this.uses = context.getStateStore(this.usesName);
    }

    @Override
    void count(E event, LocalDate day, StagedWrites writes) {
        ProcessingFact fact;
        List<LotInput> inputs;
        if (event instanceof Dried dried) {
            inputs = dried.inputs();
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
            inputs = juiced.inputs();
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
        links(event, day, fact, inputs, writes);
    }

    private void links(E event, LocalDate day, ProcessingFact fact, List<LotInput> inputs, StagedWrites writes) {
        String process = type().wireName();
        BatchFact batch = new BatchFact(
                fact.batchId(),
                fact.processorId(),
                process,
                fact.output(),
                fact.method(),
                day,
                event.eventTime(),
                inputs.stream()
                        .map(input -> new BatchFact.LotTaken(input.lotId(), input.quantityKg()))
                        .toList(),
                fact.outputQuantity());
        KeyValueStore<String, BatchFact> batchStore = require(this.batches);
        if (batchStore.get(fact.batchId()) != null) {
            return; // a batchId posted again under another eventId: the first one stays, uses included
        }
        writes.add(batchStore, fact.batchId(), batch, FactMerge::first);
        Map<String, BigDecimal> taken = new LinkedHashMap<>();
        inputs.forEach(input -> taken.merge(input.lotId(), input.quantityKg(), BigDecimal::add));
        KeyValueStore<String, LotUseFact> useStore = require(this.uses);
        taken.forEach((lotId, kg) -> writes.add(
                useStore,
                FactKey.of(lotId, fact.batchId()),
                new LotUseFact(
                        lotId, fact.batchId(), process, fact.output(), fact.method(), day, event.eventTime(), kg),
                FactMerge::first));
    }

    private static BigDecimal inputKg(List<LotInput> inputs) {
        return inputs.stream().map(LotInput::quantityKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
