package io.gojichain.insights.facts;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What one batch took from one lot: the link read forward from a lot (key {@code lotId|batchId}).
 *
 * @param kg fresh kilograms taken (summed when a batch names the lot more than once)
 */
public record LotUseFact(
        String lotId,
        String batchId,
        String process,
        ProductForm output,
        String method,
        LocalDate day,
        Instant processedAt,
        BigDecimal kg) {}
