package io.gojichain.insights.engine;

import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.LinkFacts;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.LotUseFact;
import io.gojichain.insights.facts.NamedSaleFact;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * The link stores (docs/CONTRACT.md section 7), read through the same {@link
 * StoreBackedInsightFacts.StoreLookup} as every other fact, so several instances give the same
 * answer: a get or a prefix scan is one read of each partition, here or on the instance that holds
 * it. Each store is keyed by the id a question starts from ({@code lotId}, {@code batchId}, {@code
 * lotId|batchId}, {@code batchId|day|...}), so no question needs a join across instances: the
 * joins are done here, after the reads.
 *
 * <p>A lot is keyed by its lotId and written to the partition of its lotId, a batch likewise; if
 * another producer wrote one id to two partitions, the earliest event of it stays, as within a
 * partition. Sales naming one batch come from orders in any partition and are added up.
 */
@Component
public class StoreBackedLinkFacts implements LinkFacts {

    private static final Comparator<LotFact> EARLIEST_LOT =
            Comparator.comparing(LotFact::harvestedAt).thenComparing(LotFact::farmId);

    private static final Comparator<BatchFact> EARLIEST_BATCH =
            Comparator.comparing(BatchFact::processedAt).thenComparing(BatchFact::process);

    private static final List<String> BATCH_STORES = List.of(StoreNames.DRIED_BATCHES, StoreNames.JUICED_BATCHES);

    private static final List<String> USE_STORES = List.of(StoreNames.DRIED_LOT_USES, StoreNames.JUICED_LOT_USES);

    private final StoreBackedInsightFacts.StoreLookup stores;

    @Autowired
    public StoreBackedLinkFacts(
            StreamsBuilderFactoryBean factoryBean, RebuildGate rebuildGate, GatherProperties gather, KafkaAdmin admin) {
        this(StoreBackedInsightFacts.lookup(factoryBean, rebuildGate, gather, admin));
    }

    StoreBackedLinkFacts(StoreBackedInsightFacts.StoreLookup stores) {
        this.stores = stores;
    }

    @Override
    public @Nullable LotFact lot(String lotId) {
        return StoreBackedInsightFacts.query(() -> {
            TreeMap<String, LotFact> found =
                    read(StoreNames.HARVESTED_LOTS, Scan.key(lotId), StoreBackedLinkFacts::earlierLot);
            return found.get(lotId);
        });
    }

    @Override
    public List<LotFact> lots() {
        return StoreBackedInsightFacts.query(
                () -> List.copyOf(read(StoreNames.HARVESTED_LOTS, Scan.everything(), StoreBackedLinkFacts::earlierLot)
                        .values()));
    }

    @Override
    public @Nullable BatchFact batch(String batchId) {
        return StoreBackedInsightFacts.query(() -> {
            TreeMap<String, BatchFact> found = new TreeMap<>();
            for (String store : BATCH_STORES) {
                read(store, Scan.key(batchId), StoreBackedLinkFacts::earlierBatch)
                        .forEach((key, batch) -> found.merge(key, batch, StoreBackedLinkFacts::earlierBatch));
            }
            return found.get(batchId);
        });
    }

    @Override
    public List<BatchFact> batches() {
        return StoreBackedInsightFacts.query(() -> {
            TreeMap<String, BatchFact> found = new TreeMap<>();
            for (String store : BATCH_STORES) {
                read(store, Scan.everything(), StoreBackedLinkFacts::earlierBatch)
                        .forEach((key, batch) -> found.merge(key, batch, StoreBackedLinkFacts::earlierBatch));
            }
            return List.copyOf(found.values());
        });
    }

    @Override
    public List<LotUseFact> usesOf(String lotId) {
        return uses(Scan.prefix(FactKey.prefix(lotId)));
    }

    @Override
    public List<LotUseFact> uses() {
        return uses(Scan.everything());
    }

    @Override
    public List<NamedSaleFact> salesNaming(String batchId) {
        return StoreBackedInsightFacts.query(() ->
                List.copyOf(read(StoreNames.SOLD_BY_BATCH, Scan.prefix(FactKey.prefix(batchId)), FactMerge::namedSale)
                        .values()));
    }

    /**
     * Reads the whole store and keeps the period: the store is keyed by the batch a question starts
     * from, and holds one entry per batch, day, form, channel, province and currency (not per order).
     */
    @Override
    public List<NamedSaleFact> namedSales(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        return StoreBackedInsightFacts.query(
                () -> read(StoreNames.SOLD_BY_BATCH, Scan.everything(), FactMerge::namedSale).values().stream()
                        .filter(sale ->
                                !sale.day().isBefore(from) && !sale.day().isAfter(to))
                        .toList());
    }

    private List<LotUseFact> uses(Scan what) {
        return StoreBackedInsightFacts.query(() -> {
            TreeMap<String, LotUseFact> found = new TreeMap<>();
            for (String store : USE_STORES) {
                read(store, what, StoreBackedLinkFacts::earlierUse)
                        .forEach((key, use) -> found.merge(key, use, StoreBackedLinkFacts::earlierUse));
            }
            return List.copyOf(found.values());
        });
    }

    /** Entries of every partition, equal keys merged. */
    private <V> TreeMap<String, V> read(String name, Scan what, BinaryOperator<V> merge) {
        ReadOnlyKeyValueStore<String, V> store = this.stores.store(name);
        TreeMap<String, V> merged = new TreeMap<>();
        if (what.key() != null) {
            V value = store.get(what.key());
            if (value != null) {
                merged.put(what.key(), value);
            }
            return merged;
        }
        try (KeyValueIterator<String, V> it =
                (what.prefix() == null) ? store.all() : store.prefixScan(what.prefix(), new StringSerializer())) {
            it.forEachRemaining(kv -> merged.merge(kv.key, kv.value, merge));
        }
        return merged;
    }

    private static LotFact earlierLot(LotFact a, LotFact b) {
        return EARLIEST_LOT.compare(a, b) <= 0 ? a : b;
    }

    private static BatchFact earlierBatch(BatchFact a, BatchFact b) {
        return EARLIEST_BATCH.compare(a, b) <= 0 ? a : b;
    }

    private static LotUseFact earlierUse(LotUseFact a, LotUseFact b) {
        return a.processedAt().isAfter(b.processedAt()) ? b : a;
    }

    /** A get (key), a prefix scan (prefix) or everything (neither). */
    private record Scan(@Nullable String key, @Nullable String prefix) {

        static Scan key(String key) {
            return new Scan(key, null);
        }

        static Scan prefix(String prefix) {
            return new Scan(null, prefix);
        }

        static Scan everything() {
            return new Scan(null, null);
        }
    }
}
