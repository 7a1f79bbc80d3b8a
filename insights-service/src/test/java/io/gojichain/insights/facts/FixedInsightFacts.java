package io.gojichain.insights.facts;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An in-memory {@link InsightFacts} holding hand-written facts; answers range queries by filtering
 * on the day, as the store-backed one does.
 */
public class FixedInsightFacts implements InsightFacts {

    private final List<SalesFact> sales = new ArrayList<>();

    private final List<HarvestFact> harvests = new ArrayList<>();

    private final List<ProcessingFact> processing = new ArrayList<>();

    private final List<LivestreamFact> livestreams = new ArrayList<>();

    private final List<LivestreamMinuteFact> minutes = new ArrayList<>();

    private final List<CustomerOrdersFact> customerOrders = new ArrayList<>();

    private boolean ready = true;

    /** One day's sales of one form, channel and province in CNY (SKU and pack size do not matter here). */
    public static SalesFact sale(
            String day,
            ProductForm form,
            Channel channel,
            String province,
            long orders,
            String volume,
            String revenue) {
        return new SalesFact(
                LocalDate.parse(day),
                form,
                channel,
                province,
                form.wireName() + "-sku",
                BigDecimal.ONE,
                "CNY",
                orders,
                orders,
                new BigDecimal(volume),
                new BigDecimal(revenue));
    }

    public static HarvestFact harvest(String day, String kg) {
        return new HarvestFact(LocalDate.parse(day), "Xinjiang", "Jinghe", "grade_a", 1, new BigDecimal(kg));
    }

    /** A transformation batch: fresh kg in, kg dried or litres of juice or pulp out. */
    public static ProcessingFact batch(String day, ProductForm output, String inputKg, String outputQuantity) {
        return new ProcessingFact(
                LocalDate.parse(day),
                "B-" + day + "-" + output.wireName() + "-" + inputKg,
                "P1",
                output,
                (output == ProductForm.DRIED) ? "hot_air" : output.wireName(),
                new BigDecimal(inputKg),
                new BigDecimal(outputQuantity));
    }

    public FixedInsightFacts add(SalesFact... facts) {
        this.sales.addAll(List.of(facts));
        return this;
    }

    public FixedInsightFacts add(HarvestFact... facts) {
        this.harvests.addAll(List.of(facts));
        return this;
    }

    public FixedInsightFacts add(ProcessingFact... facts) {
        this.processing.addAll(List.of(facts));
        return this;
    }

    public FixedInsightFacts addSales(List<SalesFact> facts) {
        this.sales.addAll(facts);
        return this;
    }

    /** While false, every query throws {@link InsightsNotReadyException}, as during a rebalance. */
    public void ready(boolean ready) {
        this.ready = ready;
    }

    public void clear() {
        this.sales.clear();
        this.harvests.clear();
        this.processing.clear();
        this.livestreams.clear();
        this.minutes.clear();
        this.customerOrders.clear();
        this.ready = true;
    }

    @Override
    public List<SalesFact> sales(LocalDate from, LocalDate to) {
        return between(this.sales, SalesFact::day, from, to);
    }

    @Override
    public List<HarvestFact> harvests(LocalDate from, LocalDate to) {
        return between(this.harvests, HarvestFact::day, from, to);
    }

    @Override
    public List<ProcessingFact> processing(LocalDate from, LocalDate to) {
        return between(this.processing, ProcessingFact::day, from, to);
    }

    @Override
    public List<LivestreamFact> livestreams(LocalDate from, LocalDate to) {
        return between(this.livestreams, LivestreamFact::day, from, to);
    }

    @Override
    public List<LivestreamMinuteFact> livestreamMinutes(String livestreamId) {
        checkReady();
        return this.minutes.stream()
                .filter(minute -> minute.livestreamId().equals(livestreamId))
                .toList();
    }

    @Override
    public List<CustomerOrdersFact> customerOrders(LocalDate from, LocalDate to) {
        return between(this.customerOrders, CustomerOrdersFact::day, from, to);
    }

    @Override
    public EventCounts eventCounts() {
        checkReady();
        long sold = this.sales.stream().mapToLong(SalesFact::orders).sum();
        long harvested = this.harvests.stream().mapToLong(HarvestFact::events).sum();
        return new EventCounts(harvested, 0, 0, sold);
    }

    private <T> List<T> between(List<T> facts, Function<T, LocalDate> day, LocalDate from, LocalDate to) {
        checkReady();
        return facts.stream()
                .filter(fact ->
                        !day.apply(fact).isBefore(from) && !day.apply(fact).isAfter(to))
                .toList();
    }

    private void checkReady() {
        if (!this.ready) {
            throw new InsightsNotReadyException("stores restoring");
        }
    }
}
