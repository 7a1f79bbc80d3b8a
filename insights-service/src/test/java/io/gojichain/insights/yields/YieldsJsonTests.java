package io.gojichain.insights.yields;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.insights.web.StrictJson;
import io.gojichain.insights.yields.YieldsReport.OutlierReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class YieldsJsonTests {

    @Test
    void theOpenApiExampleHasExactlyTheReportShape() {
        YieldsReport report = StrictJson.read(YieldsExamples.REPORT, YieldsReport.class);

        assertThat(report.groups()).hasSize(2);
        assertThat(report.groups().get(0).outliers().get(0).reasons()).isEqualTo(List.of(OutlierReason.BEYOND_3_SIGMA));
        assertThat(report.groups().get(1).outliers().get(0).sigmas()).isNull();
    }

    @Test
    void reasonsUseTheirWireNames() {
        assertThat(StrictJson.write(List.of(OutlierReason.values())))
                .isEqualTo("[\"beyond_3_sigma\",\"outside_plausible_range\",\"no_output\"]");
    }
}
