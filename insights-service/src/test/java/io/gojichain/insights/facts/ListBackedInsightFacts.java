package io.gojichain.insights.facts;

import io.gojichain.insights.InsightsProperties;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An in-memory {@link InsightFacts} holding hand-written facts, so calculators and controllers are
 * tested without Kafka. It filters by day exactly as the contract states (inclusive ranges) and
 * records the ranges it was asked for, so tests can pin which periods an endpoint reads.
 */
public class ListBackedInsightFacts implements InsightFacts {

    public final List<SalesFact> sales = new ArrayList<>();
    public final List<HarvestFact> harvests = new ArrayList<>();
    public final List<ProcessingFact> processing = new ArrayList<>();
    public final List<LivestreamFact> livestreams = new ArrayList<>();
    public final List<LivestreamMinuteFact> livestreamMinutes = new ArrayList<>();
    public final List<CustomerOrdersFact> customerOrders = new ArrayList<>();
    public EventCounts eventCounts = new EventCounts(0, 0, 0, 0);

    /** Every query, as "method from..to" or "method id", in call order. */
    public final List<String> queries = new ArrayList<>();

    /** The contract's default factors: fresh 1.0/kg, dried 4.5/kg, nfc_juice 1.3/L, pulp 1.15/L. */
    public static InsightsProperties defaultProperties() {
        return new InsightsProperties(
                ZoneId.of("Asia/Shanghai"),
                Duration.ofDays(7),
                new InsightsProperties.FeKgFactors(
                        new BigDecimal("1.0"), new BigDecimal("4.5"), new BigDecimal("1.3"), new BigDecimal("1.15")),
                new InsightsProperties.Forecast(0.3, 0.1, 0.1, 7, 14, 14));
    }

    public static FeKgFactors defaultFactors() {
        return new FeKgFactors(defaultProperties());
    }

    public void clear() {
        this.sales.clear();
        this.harvests.clear();
        this.processing.clear();
        this.livestreams.clear();
        this.livestreamMinutes.clear();
        this.customerOrders.clear();
        this.queries.clear();
    }

    @Override
    public List<SalesFact> sales(LocalDate from, LocalDate to) {
        return inRange("sales", this.sales, SalesFact::day, from, to);
    }

    @Override
    public List<HarvestFact> harvests(LocalDate from, LocalDate to) {
        return inRange("harvests", this.harvests, HarvestFact::day, from, to);
    }

    @Override
    public List<ProcessingFact> processing(LocalDate from, LocalDate to) {
        return inRange("processing", this.processing, ProcessingFact::day, from, to);
    }

    @Override
    public List<LivestreamFact> livestreams(LocalDate from, LocalDate to) {
        return inRange("livestreams", this.livestreams, LivestreamFact::day, from, to);
    }

    @Override
    public List<LivestreamMinuteFact> livestreamMinutes(String livestreamId) {
        this.queries.add("livestreamMinutes " + livestreamId);
        return this.livestreamMinutes.stream()
                .filter(m -> m.livestreamId().equals(livestreamId))
                .toList();
    }

    @Override
    public List<CustomerOrdersFact> customerOrders(LocalDate from, LocalDate to) {
        return inRange("customerOrders", this.customerOrders, CustomerOrdersFact::day, from, to);
    }

    @Override
    public EventCounts eventCounts() {
        this.queries.add("eventCounts");
        return this.eventCounts;
    }

    private <T> List<T> inRange(String what, List<T> facts, Function<T, LocalDate> day, LocalDate from, LocalDate to) {
        this.queries.add(what + " " + from + ".." + to);
        return facts.stream()
                .filter(f -> !day.apply(f).isBefore(from) && !day.apply(f).isAfter(to))
                .toList();
    }
}
