package io.gojichain.insights.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A harvested lot (the first {@code harvested} event counted for its lotId).
 *
 * @param day the harvest's day in the insights zone
 * @param harvestedAt the harvest's eventTime
 * @param kg fresh kilograms harvested
 */
public record LotFact(
        String lotId,
        String farmId,
        @Nullable String cooperativeId,
        LocalDate day,
        Instant harvestedAt,
        BigDecimal kg,
        String province,
        String county,
        @Nullable String grade,
        @Nullable String variety) {}
