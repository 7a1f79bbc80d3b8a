package io.gojichain.insights.engine;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.CountedTotals;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.EventCounts;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.InsightsNotReadyException;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * The read model over the local Streams stores (interactive queries). A store handle spans all
 * partitions this instance owns, and one fact key can sit in several partitions' stores (sales of
 * one day and SKU come from orders in different partitions), so every read merges equal keys.
 *
 * <p>With several instances each holds some partitions: {@link GatheringStoreLookup} hands out
 * store handles that read the other instances' partitions over HTTP too, and the same merges apply,
 * since facts from different partitions merge exactly as they do locally.
 */
@Component
public class StoreBackedInsightFacts implements InsightFacts {

    /** Finds a store by name; throws {@link InsightsNotReadyException} when it cannot be queried now. */
    @FunctionalInterface
    interface StoreLookup {
        <V> ReadOnlyKeyValueStore<String, V> store(String name);
    }

    private final StoreLookup stores;

    /**
     * Queries the stores of the Streams client Spring Kafka runs, and through the other instances
     * the partitions this one does not hold.
     */
    @Autowired
    public StoreBackedInsightFacts(
            StreamsBuilderFactoryBean factoryBean, RebuildGate rebuildGate, GatherProperties gather, KafkaAdmin admin) {
        this(lookup(factoryBean, rebuildGate, gather, admin));
    }

    /** The stores of the running Streams client, with the partitions other instances hold. */
    static StoreLookup lookup(
            StreamsBuilderFactoryBean factoryBean, RebuildGate rebuildGate, GatherProperties gather, KafkaAdmin admin) {
        return new GatheringStoreLookup(
                factoryBean::getKafkaStreams,
                factoryBean::getTopology,
                rebuildGate,
                applicationServer(factoryBean),
                new TopicPartitionCounts(admin),
                new RemotePartitions(gather.timeout(), gather.credentials()));
    }

    StoreBackedInsightFacts(StoreLookup stores) {
        this.stores = stores;
    }

    /** The stores of {@code streams} on a single instance, answering "not ready" unless it is RUNNING. */
    static StoreLookup over(Supplier<@Nullable KafkaStreams> streams) {
        return new GatheringStoreLookup(
                streams, () -> null, null, null, topic -> 0, new RemotePartitions(Duration.ofSeconds(1), null));
    }

    /** Where this instance answers other instances ({@code application.server}), if it says. */
    private static @Nullable HostInfo applicationServer(StreamsBuilderFactoryBean factoryBean) {
        Properties config = factoryBean.getStreamsConfiguration();
        String server = (config == null) ? null : config.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return (server == null || server.isBlank()) ? null : HostInfo.buildFromEndpoint(server);
    }

    @Override
    public List<SalesFact> sales(LocalDate from, LocalDate to) {
        return dayRange(StoreNames.SOLD_FACTS, from, to, FactMerge::sales);
    }

    @Override
    public List<HarvestFact> harvests(LocalDate from, LocalDate to) {
        return dayRange(StoreNames.HARVESTED_FACTS, from, to, FactMerge::harvest);
    }

    /** Dried and juiced batches, by day then batch; one entry per counted event, never merged. */
    @Override
    public List<ProcessingFact> processing(LocalDate from, LocalDate to) {
        if (outside(from, to)) {
            return List.of();
        }
        return query(() -> {
            TreeMap<String, List<ProcessingFact>> byKey = new TreeMap<>();
            for (String name : List.of(StoreNames.DRIED_FACTS, StoreNames.JUICED_FACTS)) {
                ReadOnlyKeyValueStore<String, ProcessingFact> store = this.stores.store(name);
                try (KeyValueIterator<String, ProcessingFact> it =
                        store.range(FactKey.lowerBound(from), FactKey.upperBound(to))) {
                    it.forEachRemaining(kv -> byKey.computeIfAbsent(kv.key, k -> new ArrayList<>(1))
                            .add(kv.value));
                }
            }
            return byKey.values().stream().flatMap(List::stream).toList();
        });
    }

    /**
     * Sessions whose first sale (over all their forms and currencies) falls in the range; one
     * fact per session, form and currency, ordered by session then form then currency.
     */
    @Override
    public List<LivestreamFact> livestreams(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        return query(() -> {
            Map<String, LivestreamFact> merged = mergeAll(StoreNames.SOLD_LIVESTREAMS, FactMerge::livestream);
            Map<String, LivestreamFact> firstOfSession = new HashMap<>();
            for (LivestreamFact fact : merged.values()) {
                firstOfSession.merge(
                        fact.livestreamId(), fact, (a, b) -> a.firstSale().isAfter(b.firstSale()) ? b : a);
            }
            List<LivestreamFact> result = new ArrayList<>();
            for (LivestreamFact fact : merged.values()) {
                LivestreamFact first = firstOfSession.get(fact.livestreamId());
                LocalDate day = (first == null) ? fact.day() : first.day();
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    result.add(withDay(fact, day));
                }
            }
            return result;
        });
    }

    /** Minutes of one session, in time order. */
    @Override
    public List<LivestreamMinuteFact> livestreamMinutes(String livestreamId) {
        return query(() -> {
            ReadOnlyKeyValueStore<String, LivestreamMinuteFact> store =
                    this.stores.store(StoreNames.SOLD_LIVESTREAM_MINUTES);
            TreeMap<String, LivestreamMinuteFact> merged = new TreeMap<>();
            try (KeyValueIterator<String, LivestreamMinuteFact> it =
                    store.prefixScan(FactKey.prefix(livestreamId), new StringSerializer())) {
                it.forEachRemaining(kv -> merged.merge(kv.key, kv.value, FactMerge::livestreamMinute));
            }
            return List.copyOf(merged.values());
        });
    }

    @Override
    public List<CustomerOrdersFact> customerOrders(LocalDate from, LocalDate to) {
        return dayRange(StoreNames.SOLD_CUSTOMER_ORDERS, from, to, FactMerge::customerOrders);
    }

    @Override
    public EventCounts eventCounts() {
        return totals().events();
    }

    /** Read from the running totals: a few keys per partition, however long the history. */
    @Override
    public CountedTotals totals() {
        return query(() -> {
            Map<String, BigDecimal> harvested = sumAll(StoreNames.HARVESTED_TOTALS);
            Map<String, BigDecimal> dried = sumAll(StoreNames.DRIED_TOTALS);
            Map<String, BigDecimal> juiced = sumAll(StoreNames.JUICED_TOTALS);
            Map<String, BigDecimal> sold = sumAll(StoreNames.SOLD_TOTALS);
            Map<ProductForm, BigDecimal> output = new EnumMap<>(ProductForm.class);
            Map<ProductForm, BigDecimal> volume = new EnumMap<>(ProductForm.class);
            for (ProductForm form : ProductForm.values()) {
                BigDecimal produced = amount(dried, TotalKeys.output(form)).add(amount(juiced, TotalKeys.output(form)));
                if (produced.signum() != 0) {
                    output.put(form, produced);
                }
                BigDecimal soldVolume = sold.get(TotalKeys.volume(form));
                if (soldVolume != null) {
                    volume.put(form, soldVolume);
                }
            }
            Map<String, BigDecimal> revenue = new TreeMap<>();
            sold.forEach((key, amount) -> {
                if (key.startsWith(TotalKeys.REVENUE_PREFIX)) {
                    revenue.put(key.substring(TotalKeys.REVENUE_PREFIX.length()), amount);
                }
            });
            return new CountedTotals(
                    new EventCounts(
                            count(harvested, TotalKeys.EVENTS),
                            count(dried, TotalKeys.EVENTS),
                            count(juiced, TotalKeys.EVENTS),
                            count(sold, TotalKeys.ORDERS)),
                    amount(harvested, TotalKeys.KG),
                    amount(dried, TotalKeys.INPUT_KG),
                    amount(juiced, TotalKeys.INPUT_KG),
                    output,
                    count(sold, TotalKeys.UNITS),
                    volume,
                    revenue);
        });
    }

    private <V> List<V> dayRange(String name, LocalDate from, LocalDate to, BinaryOperator<V> merge) {
        if (outside(from, to)) {
            return List.of();
        }
        return query(() -> {
            ReadOnlyKeyValueStore<String, V> store = this.stores.store(name);
            TreeMap<String, V> merged = new TreeMap<>();
            try (KeyValueIterator<String, V> it = store.range(FactKey.lowerBound(from), FactKey.upperBound(to))) {
                it.forEachRemaining(kv -> merged.merge(kv.key, kv.value, merge));
            }
            return List.copyOf(merged.values());
        });
    }

    /** An empty range, or one no counted event can fall in (the reader admits 2000-01-01 to 9998). */
    private static boolean outside(LocalDate from, LocalDate to) {
        return from.isAfter(to) || to.isBefore(FactKey.FIRST_DAY) || from.isAfter(FactKey.LAST_DAY);
    }

    private <V> TreeMap<String, V> mergeAll(String name, BinaryOperator<V> merge) {
        ReadOnlyKeyValueStore<String, V> store = this.stores.store(name);
        TreeMap<String, V> merged = new TreeMap<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            it.forEachRemaining(kv -> merged.merge(kv.key, kv.value, merge));
        }
        return merged;
    }

    /** The running totals of every partition, added up. */
    private Map<String, BigDecimal> sumAll(String name) {
        RunningTotals totals =
                this.<RunningTotals>mergeAll(name, RunningTotals::plus).get(RunningTotals.KEY);
        return (totals == null) ? Map.of() : totals.amounts();
    }

    private static BigDecimal amount(Map<String, BigDecimal> totals, String key) {
        return totals.getOrDefault(key, BigDecimal.ZERO);
    }

    private static long count(Map<String, BigDecimal> totals, String key) {
        return amount(totals, key).longValueExact();
    }

    private static LivestreamFact withDay(LivestreamFact fact, LocalDate day) {
        return new LivestreamFact(
                fact.livestreamId(),
                fact.platform(),
                day,
                fact.productForm(),
                fact.currency(),
                fact.orders(),
                fact.units(),
                fact.volume(),
                fact.revenue(),
                fact.firstSale(),
                fact.lastSale());
    }

    /** Runs a read, turning a store that moved or closed under it into "not ready". */
    static <T> T query(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidStateStoreException ex) {
            throw new InsightsNotReadyException("the insights stores cannot be queried now: " + ex.getMessage());
        }
    }
}
