package io.gojichain.insights.facts;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Sales of one livestream session for one product form and currency.
 *
 * @param day the day (insights zone) of the session's first sale
 * @param volume kg or litres sold (quantity x packSize)
 */
public record LivestreamFact(
        String livestreamId,
        String platform,
        LocalDate day,
        ProductForm productForm,
        String currency,
        long orders,
        long units,
        BigDecimal volume,
        BigDecimal revenue,
        Instant firstSale,
        Instant lastSale) {}
