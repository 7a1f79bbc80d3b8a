package io.gojichain.contracts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The envelope every event carries (field names after GS1 EPCIS 2.0). */
public sealed interface GojiEvent permits Harvested, Dried, Juiced, Sold {

    int SCHEMA_VERSION = 1;

    /** Same id means same event: downstream counts it once. */
    UUID eventId();

    EventType eventType();

    /** When it happened in the field, plant or shop. */
    Instant eventTime();

    /** When the accepting service took it. */
    Instant recordTime();

    /** The service that accepted it, e.g. {@code harvest-service}. */
    String source();

    int schemaVersion();

    /** The organisation of the key that posted it, stamped by the service; null on events from before access. */
    @Nullable
    String submittedBy();
}
