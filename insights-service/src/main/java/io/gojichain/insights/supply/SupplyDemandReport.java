package io.gojichain.insights.supply;

import io.gojichain.insights.facts.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * Answer of {@code GET /api/v1/insights/supply-demand}.
 *
 * @param asOf produced, sold and stock count everything up to and including this day
 * @param coverWindow the days of the mean daily sales behind days of cover
 * @param forecastWindow the days of the forecast demand
 * @param forms fresh, dried, nfc_juice, pulp in that order
 * @param notes data-quality remarks and what the numbers cannot show, in plain English
 */
public record SupplyDemandReport(
        String zone,
        LocalDate asOf,
        Period coverWindow,
        Period forecastWindow,
        FreshBalance fresh,
        List<FormSupply> forms,
        List<String> notes) {}
