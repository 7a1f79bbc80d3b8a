package io.gojichain.insights.engine;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Sold;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.NamedSaleFact;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Counts an order line into four stores:
 *
 * <ul>
 *   <li>{@code sold-facts}: {@code day|form|channel|province|sku|packSize|currency}
 *   <li>{@code sold-livestreams}: {@code livestreamId|form|currency} (livestream channel only)
 *   <li>{@code sold-livestream-minutes}: {@code livestreamId|minute} (livestream channel only)
 *   <li>{@code sold-customer-orders}: {@code day|customerId|form} (sales naming a customer only)
 *   <li>{@code sold-by-batch}: {@code batchId|day|form|channel|province|currency} (sales naming a
 *       batch or lot only), joined to batches and lots when asked (docs/CONTRACT.md section 7)
 *   <li>{@code sold-totals}: running totals (see {@link TotalKeys})
 * </ul>
 */
final class SalesFactCounter extends FactCounter<Sold> {

    /** docs/CONTRACT.md: currency is optional and defaults to CNY. */
    static final String DEFAULT_CURRENCY = "CNY";

    private @Nullable KeyValueStore<String, SalesFact> sales;

    private @Nullable KeyValueStore<String, LivestreamFact> livestreams;

    private @Nullable KeyValueStore<String, LivestreamMinuteFact> minutes;

    private @Nullable KeyValueStore<String, CustomerOrdersFact> customers;

    private @Nullable KeyValueStore<String, RunningTotals> totals;

    private @Nullable KeyValueStore<String, NamedSaleFact> byBatch;

    SalesFactCounter() {
        super(EventType.SOLD);
    }

    @Override
    Set<StoreBuilder<?>> stores() {
        return Set.of(
                store(StoreNames.SOLD_FACTS, FactSerdes.SALES),
                store(StoreNames.SOLD_LIVESTREAMS, FactSerdes.LIVESTREAM),
                store(StoreNames.SOLD_LIVESTREAM_MINUTES, FactSerdes.LIVESTREAM_MINUTE),
                store(StoreNames.SOLD_CUSTOMER_ORDERS, FactSerdes.CUSTOMER_ORDERS),
                store(StoreNames.SOLD_BY_BATCH, FactSerdes.NAMED_SALE),
                totals(StoreNames.SOLD_TOTALS));
    }

    @Override
    void open(ProcessorContext<?, ?> context) {
        this.sales = context.getStateStore(StoreNames.SOLD_FACTS);
        this.livestreams = context.getStateStore(StoreNames.SOLD_LIVESTREAMS);
        this.minutes = context.getStateStore(StoreNames.SOLD_LIVESTREAM_MINUTES);
        this.customers = context.getStateStore(StoreNames.SOLD_CUSTOMER_ORDERS);
        this.totals = context.getStateStore(StoreNames.SOLD_TOTALS);
        this.byBatch = context.getStateStore(StoreNames.SOLD_BY_BATCH);
    }

    @Override
    @SuppressWarnings("ConstantValue") // currency is absent on the wire when the default applies
    void count(Sold sale, LocalDate day, StagedWrites writes) {
        String currency = (sale.currency() == null) ? DEFAULT_CURRENCY : sale.currency();
        // 0.25 and 0.250 are one pack size
        BigDecimal packSize = sale.packSize().stripTrailingZeros();
        BigDecimal quantity = BigDecimal.valueOf(sale.quantity());
        BigDecimal volume = packSize.multiply(quantity);
        BigDecimal revenue = sale.unitPrice().multiply(quantity);
        String province = sale.buyerRegion().province();

        SalesFact fact = new SalesFact(
                day,
                sale.productForm(),
                sale.channel(),
                province,
                sale.sku(),
                packSize,
                currency,
                1,
                sale.quantity(),
                volume,
                revenue);
        writes.add(
                require(this.sales),
                FactKey.of(
                        day,
                        WireNames.of(sale.productForm()),
                        WireNames.of(sale.channel()),
                        province,
                        sale.sku(),
                        packSize.toPlainString(),
                        currency),
                fact,
                FactMerge::sales);
        addTotals(
                writes,
                require(this.totals),
                Map.of(
                        TotalKeys.ORDERS,
                        BigDecimal.ONE,
                        TotalKeys.UNITS,
                        quantity,
                        TotalKeys.volume(sale.productForm()),
                        volume,
                        TotalKeys.revenue(currency),
                        revenue));

        String livestreamId = sale.livestreamId();
        if (sale.channel() == Channel.LIVESTREAM && livestreamId != null) {
            String platform = (sale.platform() == null) ? FactMerge.UNKNOWN_PLATFORM : sale.platform();
            LivestreamFact session = new LivestreamFact(
                    livestreamId,
                    platform,
                    day,
                    sale.productForm(),
                    currency,
                    1,
                    sale.quantity(),
                    volume,
                    revenue,
                    sale.eventTime(),
                    sale.eventTime());
            writes.add(
                    require(this.livestreams),
                    FactKey.of(livestreamId, WireNames.of(sale.productForm()), currency),
                    session,
                    FactMerge::livestream);
            Instant minute = sale.eventTime().truncatedTo(ChronoUnit.MINUTES);
            writes.add(
                    require(this.minutes),
                    FactKey.of(livestreamId, minute),
                    new LivestreamMinuteFact(livestreamId, minute, 1, sale.quantity()),
                    FactMerge::livestreamMinute);
        }

        String batchId = sale.batchId();
        if (batchId != null && !batchId.isBlank()) {
            writes.add(
                    require(this.byBatch),
                    FactKey.of(
                            batchId,
                            day,
                            WireNames.of(sale.productForm()),
                            WireNames.of(sale.channel()),
                            province,
                            currency),
                    new NamedSaleFact(
                            batchId, day, sale.productForm(), sale.channel(), province, currency, 1, volume, revenue),
                    FactMerge::namedSale);
        }

        String customerId = sale.customerId();
        if (customerId != null && !customerId.isBlank()) {
            writes.add(
                    require(this.customers),
                    FactKey.of(day, customerId, WireNames.of(sale.productForm())),
                    new CustomerOrdersFact(customerId, sale.productForm(), day, 1),
                    FactMerge::customerOrders);
        }
    }
}
