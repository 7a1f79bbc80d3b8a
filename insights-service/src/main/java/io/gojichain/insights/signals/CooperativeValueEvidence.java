package io.gojichain.insights.signals;

import java.math.BigDecimal;

/**
 * Evidence of {@code cooperative_value}: what a co-operative's lots earned per fresh kg against the
 * county, and the form, method and channel that explain most of the difference.
 *
 * @param soldFeKg the co-operative's attributed feKg in this currency, 6 places
 * @param orders order lines that reached its lots
 * @param valuePerFreshKg its attributed revenue / feKg, to the cent
 * @param countyValuePerFreshKg every attributed sale's, to the cent
 * @param difference valuePerFreshKg / countyValuePerFreshKg - 1, exact values, 4 places
 * @param productForm the form sold that contributed most to the difference
 * @param method how that form was made (sun, hot_air, freeze; nfc_juice, pulp; fresh)
 * @param channel where it sold
 * @param outletFeKg the co-operative's feKg sold as that form, method and channel
 * @param outletShare outletFeKg / soldFeKg, 4 places
 * @param outletValuePerFreshKg what it earned per fresh kg there, to the cent
 */
public record CooperativeValueEvidence(
        String cooperativeId,
        String currency,
        BigDecimal soldFeKg,
        long orders,
        String valuePerFreshKg,
        String countyValuePerFreshKg,
        BigDecimal difference,
        String productForm,
        String method,
        String channel,
        BigDecimal outletFeKg,
        BigDecimal outletShare,
        String outletValuePerFreshKg)
        implements Evidence {}
