package io.gojichain.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Fresh lots pressed into NFC juice or pulp.
 *
 * @param batchId the output lot minted here; the Kafka key
 * @param inputs fresh kilograms consumed per harvested lot
 * @param outputLiters litres of juice or pulp produced
 */
public record Juiced(
        UUID eventId,
        EventType eventType,
        Instant eventTime,
        Instant recordTime,
        String source,
        int schemaVersion,
        String batchId,
        String processorId,
        List<LotInput> inputs,
        JuiceProduct product,
        BigDecimal outputLiters,
        @Nullable Grade grade)
        implements GojiEvent {}
