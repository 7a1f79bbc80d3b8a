package io.gojichain.insights.signals;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;

/**
 * What one product form earned in the period, in one currency.
 *
 * @param revenue decimal string, 2 places
 * @param feKg fresh-equivalent kg sold (exact)
 * @param valuePerFreshKg revenue / feKg, decimal string, 2 places
 */
public record FormValue(
        ProductForm productForm, String revenue, BigDecimal feKg, long orders, String valuePerFreshKg) {}
