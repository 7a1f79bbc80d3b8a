package io.gojichain.insights.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Read access to everything counted so far. Ranges are inclusive days in the insights zone. Every
 * method throws {@link InsightsNotReadyException} while the stores cannot be queried (startup,
 * rebalance, restoration): callers answer 503 then, never stale or partial numbers.
 */
public interface InsightFacts {

    List<SalesFact> sales(LocalDate from, LocalDate to);

    List<HarvestFact> harvests(LocalDate from, LocalDate to);

    List<ProcessingFact> processing(LocalDate from, LocalDate to);

    List<LivestreamFact> livestreams(LocalDate from, LocalDate to);

    List<LivestreamMinuteFact> livestreamMinutes(String livestreamId);

    List<CustomerOrdersFact> customerOrders(LocalDate from, LocalDate to);

    EventCounts eventCounts();

    /**
     * Totals over everything counted so far. This default adds up every fact; the store-backed
     * implementation reads running totals instead, so that the answer costs the same whatever the
     * length of the history.
     */
    default CountedTotals totals() {
        return CountedTotals.of(
                harvests(LocalDate.MIN, LocalDate.MAX),
                processing(LocalDate.MIN, LocalDate.MAX),
                sales(LocalDate.MIN, LocalDate.MAX));
    }
}
