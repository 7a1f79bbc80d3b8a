package io.gojichain.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Fresh berries picked on a farm; mints the traceability lot.
 *
 * @param lotId the lot code minted here; the Kafka key
 * @param quantityKg fresh weight in kilograms
 * @param submittedBy the organisation of the key that posted it, stamped by the service; absent on events from
 *     before access (docs/CONTRACT.md section 5)
 */
public record Harvested(
        UUID eventId,
        EventType eventType,
        Instant eventTime,
        Instant recordTime,
        String source,
        int schemaVersion,
        String lotId,
        String farmId,
        @Nullable String cooperativeId,
        Region region,
        @Nullable String variety,
        @Nullable Grade grade,
        BigDecimal quantityKg,
        @Nullable String submittedBy)
        implements GojiEvent {

    /** An event without {@code submittedBy}, as written before access. */
    public Harvested(
            UUID eventId,
            EventType eventType,
            Instant eventTime,
            Instant recordTime,
            String source,
            int schemaVersion,
            String lotId,
            String farmId,
            @Nullable String cooperativeId,
            Region region,
            @Nullable String variety,
            @Nullable Grade grade,
            BigDecimal quantityKg) {
        this(
                eventId,
                eventType,
                eventTime,
                recordTime,
                source,
                schemaVersion,
                lotId,
                farmId,
                cooperativeId,
                region,
                variety,
                grade,
                quantityKg,
                null);
    }
}
