package io.gojichain.insights.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.web.StrictJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PreferencesJsonTests {

    @Test
    void theOpenApiExampleHasExactlyTheReportShape() {
        PreferencesReport report = StrictJson.read(PreferencesExamples.REPORT, PreferencesReport.class);

        assertThat(report.shares().productForm()).hasSize(2);
        assertThat(report.shares().channel().get(0).revenue().growth()).isNull();
        assertThat(report.repeatPurchase().rows().get(0).productForm()).isEqualTo(ProductForm.DRIED);
        assertThat(report.repeatPurchase().rows().get(0).rate()).isEqualByComparingTo(new BigDecimal("0.225"));
    }

    @Test
    void nullRatiosAreWrittenEvenByAMapperThatLeavesNullsOut() {
        PreferencesReport.RevenueShare share =
                new PreferencesReport.RevenueShare("450.00", "0.00", new BigDecimal("1.0000"), null, null, null);

        assertThat(StrictJson.write(share))
                .isEqualTo("{\"current\":\"450.00\",\"previous\":\"0.00\",\"share\":1.0000,"
                        + "\"previousShare\":null,\"shareChangePp\":null,\"growth\":null}");
    }
}
