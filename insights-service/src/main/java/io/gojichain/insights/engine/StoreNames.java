package io.gojichain.insights.engine;

import io.gojichain.contracts.EventType;

/**
 * Names of the state stores; each is also the middle of its changelog topic
 * ({@code insights-service-<store>-changelog}), so renaming one loses its history.
 */
final class StoreNames {

    static final String HARVESTED_FACTS = "harvested-facts";

    static final String DRIED_FACTS = "dried-facts";

    static final String JUICED_FACTS = "juiced-facts";

    static final String SOLD_FACTS = "sold-facts";

    static final String SOLD_LIVESTREAMS = "sold-livestreams";

    static final String SOLD_LIVESTREAM_MINUTES = "sold-livestream-minutes";

    static final String SOLD_CUSTOMER_ORDERS = "sold-customer-orders";

    /** Links (docs/CONTRACT.md section 7): lotId -> the lot. */
    static final String HARVESTED_LOTS = "harvested-lots";

    /** batchId -> the batch and its inputs. */
    static final String DRIED_BATCHES = "dried-batches";

    static final String JUICED_BATCHES = "juiced-batches";

    /** {@code lotId|batchId} -> what the batch took from the lot. */
    static final String DRIED_LOT_USES = "dried-lot-uses";

    static final String JUICED_LOT_USES = "juiced-lot-uses";

    /** {@code batchId|day|form|channel|province|currency} -> sales naming the batch (or lot). */
    static final String SOLD_BY_BATCH = "sold-by-batch";

    static final String HARVESTED_TOTALS = "harvested-totals";

    static final String DRIED_TOTALS = "dried-totals";

    static final String JUICED_TOTALS = "juiced-totals";

    static final String SOLD_TOTALS = "sold-totals";

    private StoreNames() {}

    /** eventId -> first arrival (epoch ms). */
    static String seenIds(EventType type) {
        return type.wireName() + "-seen-ids";
    }
}
