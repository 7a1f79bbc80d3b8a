package io.gojichain.insights.engine;

import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.NamedSaleFact;
import io.gojichain.insights.facts.SalesFact;

/**
 * Adds two facts of the same key: used when counting an event into a store and when gathering the
 * same key from several partitions' stores. Sums are exact; nothing is rounded.
 */
final class FactMerge {

    static final String UNKNOWN_PLATFORM = "unknown";

    private FactMerge() {}

    static SalesFact sales(SalesFact a, SalesFact b) {
        return new SalesFact(
                a.day(),
                a.productForm(),
                a.channel(),
                a.province(),
                a.sku(),
                a.packSize(),
                a.currency(),
                a.orders() + b.orders(),
                a.units() + b.units(),
                a.volume().add(b.volume()),
                a.revenue().add(b.revenue()));
    }

    static NamedSaleFact namedSale(NamedSaleFact a, NamedSaleFact b) {
        return new NamedSaleFact(
                a.batchId(),
                a.day(),
                a.productForm(),
                a.channel(),
                a.province(),
                a.currency(),
                a.orders() + b.orders(),
                a.volume().add(b.volume()),
                a.revenue().add(b.revenue()));
    }

    /** A link counted once: the first event for a lot or batch id stays (a later one is a data error). */
    static <T> T first(T counted, T later) {
        return counted;
    }

    static HarvestFact harvest(HarvestFact a, HarvestFact b) {
        return new HarvestFact(
                a.day(), a.province(), a.county(), a.grade(), a.events() + b.events(), a.kg().add(b.kg()));
    }

    /** The session's first sale decides its day and platform (unless that sale named none). */
    static LivestreamFact livestream(LivestreamFact a, LivestreamFact b) {
        LivestreamFact first = b.firstSale().isBefore(a.firstSale()) ? b : a;
        LivestreamFact other = (first == a) ? b : a;
        String platform = UNKNOWN_PLATFORM.equals(first.platform()) ? other.platform() : first.platform();
        return new LivestreamFact(
                a.livestreamId(),
                platform,
                first.day(),
                a.productForm(),
                a.currency(),
                a.orders() + b.orders(),
                a.units() + b.units(),
                a.volume().add(b.volume()),
                a.revenue().add(b.revenue()),
                first.firstSale(),
                a.lastSale().isAfter(b.lastSale()) ? a.lastSale() : b.lastSale());
    }

    static LivestreamMinuteFact livestreamMinute(LivestreamMinuteFact a, LivestreamMinuteFact b) {
        return new LivestreamMinuteFact(a.livestreamId(), a.minute(), a.orders() + b.orders(), a.units() + b.units());
    }

    static CustomerOrdersFact customerOrders(CustomerOrdersFact a, CustomerOrdersFact b) {
        return new CustomerOrdersFact(a.customerId(), a.productForm(), a.day(), a.orders() + b.orders());
    }
}
