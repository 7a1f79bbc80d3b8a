package io.gojichain.insights.signals;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;

/**
 * Evidence of {@code demand_surge} and {@code demand_drop}.
 *
 * @param province buyer province
 * @param currentFeKg feKg sold in the period (exact)
 * @param previousFeKg feKg sold in the period compared to (exact)
 * @param growth current / previous - 1, 4 places
 * @param changeScore how many standard deviations of order-to-order noise the change stands clear of
 *     ({@link ChangeScore}), 2 places
 */
public record DemandChangeEvidence(
        ProductForm productForm,
        String province,
        BigDecimal currentFeKg,
        BigDecimal previousFeKg,
        BigDecimal growth,
        long currentOrders,
        long previousOrders,
        BigDecimal changeScore)
        implements Evidence {}
