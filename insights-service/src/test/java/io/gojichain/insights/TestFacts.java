package io.gojichain.insights;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/** Facts and settings for the endpoint tests. */
public final class TestFacts {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TestFacts() {}

    /** The default settings of docs/CONTRACT.md: fresh 1.0, dried 4.5, nfc_juice 1.3, pulp 1.15. */
    public static InsightsProperties properties() {
        return new InsightsProperties(
                ZONE,
                Duration.ofDays(7),
                new InsightsProperties.FeKgFactors(
                        new BigDecimal("1.0"), new BigDecimal("4.5"), new BigDecimal("1.3"), new BigDecimal("1.15")),
                new InsightsProperties.Forecast(0.3, 0.1, 0.1, 7, 14, 14));
    }

    public static FeKgFactors factors() {
        return new FeKgFactors(properties());
    }

    /**
     * Sales of one day and combination; volume and revenue are worked out here from the pack size
     * and unit price so that the tests state what was sold, not the sums.
     */
    public static SalesFact sales(
            String day,
            ProductForm form,
            Channel channel,
            String province,
            String sku,
            String packSize,
            String currency,
            long orders,
            long units,
            String unitPrice) {
        BigDecimal size = new BigDecimal(packSize);
        return new SalesFact(
                LocalDate.parse(day),
                form,
                channel,
                province,
                sku,
                size,
                currency,
                orders,
                units,
                size.multiply(BigDecimal.valueOf(units)),
                new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(units)));
    }
}
