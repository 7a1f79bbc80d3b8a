package io.gojichain.insights.facts;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.InsightsProperties;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Fresh-equivalent kilograms: kg of fresh berries a product used. Applied when facts are read, not
 * when they are counted, so a changed factor applies to the whole history.
 */
@Component
public class FeKgFactors {

    private final Map<ProductForm, BigDecimal> factors = new EnumMap<>(ProductForm.class);

    public FeKgFactors(InsightsProperties properties) {
        InsightsProperties.FeKgFactors configured = properties.feKgFactors();
        this.factors.put(ProductForm.FRESH, configured.fresh());
        this.factors.put(ProductForm.DRIED, configured.dried());
        this.factors.put(ProductForm.NFC_JUICE, configured.nfcJuice());
        this.factors.put(ProductForm.PULP, configured.pulp());
    }

    /** Fresh kg per kg (fresh, dried) or per litre (nfc_juice, pulp). */
    public BigDecimal factor(ProductForm form) {
        return this.factors.get(form);
    }

    /** feKg of {@code volume} kg or litres of {@code form}; exact (no rounding). */
    public BigDecimal feKg(ProductForm form, BigDecimal volume) {
        return volume.multiply(factor(form));
    }
}
