package io.gojichain.insights.prices;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.web.StrictJson;
import org.junit.jupiter.api.Test;

class PricesJsonTests {

    @Test
    void theOpenApiExampleHasExactlyTheReportShape() {
        PricesReport report = StrictJson.read(PricesExamples.REPORT, PricesReport.class);

        assertThat(report.realizedPrices()).hasSize(3);
        assertThat(report.valuePerFreshKg().get(0).productForm()).isEqualTo(ProductForm.NFC_JUICE);
        // 720.00 / (15 L x 1.3) = 36.923 -> 36.92
        assertThat(report.valuePerFreshKg().get(0).valuePerFreshKg()).isEqualTo("36.92");
    }
}
