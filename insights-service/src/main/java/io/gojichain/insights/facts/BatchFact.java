package io.gojichain.insights.facts;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A processed batch (the first {@code dried} or {@code juiced} event counted for its batchId), with
 * the fresh kilograms it took from each lot, as posted.
 *
 * @param process {@code dried} or {@code juiced}: the event type
 * @param output the form produced: dried, nfc_juice or pulp
 * @param method sun, hot_air or freeze for dried; nfc_juice or pulp for juiced
 * @param outputQuantity kg dried or litres of juice or pulp
 */
public record BatchFact(
        String batchId,
        String processorId,
        String process,
        ProductForm output,
        String method,
        LocalDate day,
        Instant processedAt,
        List<LotTaken> inputs,
        BigDecimal outputQuantity) {

    /** Fresh kg consumed from every lot together. */
    public BigDecimal inputKg() {
        return this.inputs.stream().map(LotTaken::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Fresh kilograms a batch took from one lot. */
    public record LotTaken(String lotId, BigDecimal kg) {}
}
