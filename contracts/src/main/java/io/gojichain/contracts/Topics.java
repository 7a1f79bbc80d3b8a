package io.gojichain.contracts;

import java.util.List;

/**
 * The topic catalogue: every topic of the system, its single writer and what its records are keyed
 * by. No topic name appears anywhere else in the code.
 */
public final class Topics {

    public static final String HARVESTED = "goji.harvested.v1";

    public static final String DRIED = "goji.dried.v1";

    public static final String JUICED = "goji.juiced.v1";

    public static final String SOLD = "goji.sold.v1";

    /** Records insights-service could not read or that break the contract, with the reason in headers. */
    public static final String INSIGHTS_DEAD_LETTER = "goji.insights.dead-letter.v1";

    /** One catalogue entry. */
    public record Topic(String name, String writer, String key, Class<?> valueType) {}

    public static final List<Topic> ALL = List.of(
            new Topic(HARVESTED, "harvest-service", "lotId", Harvested.class),
            new Topic(DRIED, "processing-service", "batchId", Dried.class),
            new Topic(JUICED, "processing-service", "batchId", Juiced.class),
            new Topic(SOLD, "sales-service", "orderId", Sold.class),
            new Topic(INSIGHTS_DEAD_LETTER, "insights-service", "the original key", byte[].class));

    /** The event topics the insights engine reads. */
    public static final List<String> EVENT_TOPICS = List.of(HARVESTED, DRIED, JUICED, SOLD);

    private Topics() {}

    /** The topic an event is written to. */
    public static String of(EventType type) {
        return switch (type) {
            case HARVESTED -> HARVESTED;
            case DRIED -> DRIED;
            case JUICED -> JUICED;
            case SOLD -> SOLD;
        };
    }

    /** The record key of an event, as the catalogue defines it. */
    public static String keyOf(GojiEvent event) {
        // Java 17: no pattern matching for switch yet; the sealed interface keeps this exhaustive.
        if (event instanceof Harvested h) {
            return h.lotId();
        }
        if (event instanceof Dried d) {
            return d.batchId();
        }
        if (event instanceof Juiced j) {
            return j.batchId();
        }
        return ((Sold) event).orderId();
    }
}
