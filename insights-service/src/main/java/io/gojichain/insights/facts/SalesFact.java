package io.gojichain.insights.facts;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sales of one day (insights zone) for one combination of form, channel, buyer province, SKU, pack
 * size and currency.
 *
 * @param orders order lines ({@code sold} events)
 * @param units packs sold (sum of quantity)
 * @param volume kg (fresh, dried) or litres (nfc_juice, pulp): sum of quantity x packSize
 * @param revenue sum of quantity x unitPrice, in {@code currency}
 */
public record SalesFact(
        LocalDate day,
        ProductForm productForm,
        Channel channel,
        String province,
        String sku,
        BigDecimal packSize,
        String currency,
        long orders,
        long units,
        BigDecimal volume,
        BigDecimal revenue) {}
