package io.gojichain.insights.facts;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sales that name a batch (or, for fresh, a harvested lot) in {@code batchId}, per day, form,
 * channel, buyer province and currency.
 *
 * @param batchId the id the sales named, whether or not such a batch or lot was ever posted
 * @param orders order lines
 * @param volume kg or litres sold (quantity x packSize)
 * @param revenue quantity x unitPrice, in {@code currency}
 */
public record NamedSaleFact(
        String batchId,
        LocalDate day,
        ProductForm productForm,
        Channel channel,
        String province,
        String currency,
        long orders,
        BigDecimal volume,
        BigDecimal revenue) {}
