package io.gojichain.insights.dashboard;

import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.EventCounts;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.InsightsNotReadyException;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import java.time.LocalDate;
import java.util.List;

/**
 * The read model the dashboard's service answers from in the browser tests: hand-written facts,
 * and a switch that makes every read fail as the Streams stores do while they cannot be queried.
 * The page asks seven endpoints at once, so every read is synchronized (the lists are plain).
 */
class DashboardFacts extends ListBackedInsightFacts {

    private volatile boolean notReady;

    /** While set, every read throws {@link InsightsNotReadyException}: the service answers 503. */
    void notReady(boolean notReady) {
        this.notReady = notReady;
    }

    synchronized void replaceWith(DashboardData data) {
        clear();
        this.sales.addAll(data.sales());
        this.harvests.addAll(data.harvests());
        this.processing.addAll(data.processing());
        this.livestreams.addAll(data.livestreams());
        this.livestreamMinutes.addAll(data.livestreamMinutes());
    }

    private void check() {
        if (this.notReady) {
            throw new InsightsNotReadyException("the insights engine is REBALANCING (test)");
        }
    }

    @Override
    public synchronized List<SalesFact> sales(LocalDate from, LocalDate to) {
        check();
        return super.sales(from, to);
    }

    @Override
    public synchronized List<HarvestFact> harvests(LocalDate from, LocalDate to) {
        check();
        return super.harvests(from, to);
    }

    @Override
    public synchronized List<ProcessingFact> processing(LocalDate from, LocalDate to) {
        check();
        return super.processing(from, to);
    }

    @Override
    public synchronized List<LivestreamFact> livestreams(LocalDate from, LocalDate to) {
        check();
        return super.livestreams(from, to);
    }

    @Override
    public synchronized List<LivestreamMinuteFact> livestreamMinutes(String livestreamId) {
        check();
        return super.livestreamMinutes(livestreamId);
    }

    @Override
    public synchronized List<CustomerOrdersFact> customerOrders(LocalDate from, LocalDate to) {
        check();
        return super.customerOrders(from, to);
    }

    @Override
    public synchronized EventCounts eventCounts() {
        check();
        return super.eventCounts();
    }
}
