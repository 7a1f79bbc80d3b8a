package io.gojichain.insights.demand;

import io.gojichain.insights.facts.InvalidQueryException;
import io.gojichain.insights.facts.SalesFact;
import java.util.Arrays;
import java.util.function.Function;

/** What a demand row is keyed by; the key is the contract spelling (e.g. {@code nfc_juice}). */
enum DemandDimension {
    PRODUCT_FORM("productForm", sale -> sale.productForm().wireName()),
    CHANNEL("channel", sale -> sale.channel().wireName()),
    /** The buyer's province. */
    REGION("region", SalesFact::province),
    SKU("sku", SalesFact::sku);

    private final String parameter;

    private final Function<SalesFact, String> key;

    DemandDimension(String parameter, Function<SalesFact, String> key) {
        this.parameter = parameter;
        this.key = key;
    }

    String parameter() {
        return this.parameter;
    }

    String keyOf(SalesFact sale) {
        return this.key.apply(sale);
    }

    static DemandDimension parse(String value) {
        return Arrays.stream(values())
                .filter(dimension -> dimension.parameter.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException(
                        "dimension",
                        "dimension must be one of productForm, channel, region, sku; not '" + value + "'"));
    }
}
