package io.gojichain.insights.facts;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One transformation batch ({@code dried} or {@code juiced} event).
 *
 * @param output the form produced: dried, nfc_juice or pulp
 * @param method sun, hot_air or freeze for dried; nfc_juice or pulp for juiced
 * @param inputKg fresh kilograms consumed (sum of inputs)
 * @param outputQuantity kg dried or litres of juice or pulp
 */
public record ProcessingFact(
        LocalDate day,
        String batchId,
        String processorId,
        ProductForm output,
        String method,
        BigDecimal inputKg,
        BigDecimal outputQuantity) {}
