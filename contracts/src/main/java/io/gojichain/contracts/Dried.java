package io.gojichain.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Fresh lots dried into one new lot.
 *
 * @param batchId the output lot minted here; the Kafka key
 * @param inputs fresh kilograms consumed per harvested lot
 * @param outputKg dried weight in kilograms, at most the total input
 */
public record Dried(
        UUID eventId,
        EventType eventType,
        Instant eventTime,
        Instant recordTime,
        String source,
        int schemaVersion,
        String batchId,
        String processorId,
        List<LotInput> inputs,
        DryingMethod method,
        BigDecimal outputKg,
        @Nullable Grade grade)
        implements GojiEvent {}
