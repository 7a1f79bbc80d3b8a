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
        BigDecimal quantityKg)
        implements GojiEvent {}
