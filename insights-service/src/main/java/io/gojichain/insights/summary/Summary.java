package io.gojichain.insights.summary;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gojichain.insights.facts.EventCounts;
import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * Totals over everything counted so far (docs/CONTRACT.md section 3).
 *
 * @param events events counted per type, after de-duplication
 * @param harvestedKg fresh kilograms harvested
 * @param processedInputKg fresh kilograms consumed by drying and by juicing
 * @param producedOutput kg dried, litres of NFC juice and of pulp produced
 * @param unitsSold packs sold
 * @param revenue currency -> decimal string (CNY always present)
 * @param feKgSold fresh-equivalent kilograms sold (added to the contract's fields)
 */
record Summary(
        EventCounts events,
        BigDecimal harvestedKg,
        ProcessedInputKg processedInputKg,
        ProducedOutput producedOutput,
        long unitsSold,
        SortedMap<String, String> revenue,
        BigDecimal feKgSold) {

    /** Fresh kilograms that went into drying and into juicing. */
    record ProcessedInputKg(BigDecimal dried, BigDecimal juiced) {}

    record ProducedOutput(
            Kilograms dried,
            @JsonProperty("nfc_juice") Litres nfcJuice,
            @JsonProperty("pulp") Litres pulp) {}

    record Kilograms(BigDecimal kg) {}

    record Litres(@JsonProperty("L") BigDecimal litres) {}
}
