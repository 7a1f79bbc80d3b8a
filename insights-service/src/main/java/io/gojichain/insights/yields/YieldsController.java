package io.gojichain.insights.yields;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.web.PeriodParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "yields", description = "Fresh kg per kg dried or per litre of juice or pulp, with outliers")
class YieldsController {

    static final int DEFAULT_DAYS = 30;

    /** The longest period one query may ask for (docs/CONTRACT.md section 3): a year and a day. */
    static final int MAX_DAYS = 366;

    private final YieldCalculator calculator;

    private final InsightsProperties properties;

    private final Clock clock;

    YieldsController(InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.calculator = new YieldCalculator(facts, factors);
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/yields", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Processing yields per processor and method, beside the configured factors, with outliers",
            description = "Per processor x method (sun, hot_air, freeze, nfc_juice, pulp) over the batches of the"
                    + " period: yield = input fresh kg / output kg or L (4 places), the mean and sample standard"
                    + " deviation of the per-batch yields, the configured feKg factor and yield / factor - 1."
                    + " Outliers: batches more than 3 standard deviations from the mean of the other batches of"
                    + " their group (groups of 5 or more), or outside the plausible range (kg fresh per kg dried"
                    + " 3.0-6.5, per L of nfc_juice 1.0-1.7, per L of pulp 0.9-1.5, inclusive).")
    @ApiResponse(
            responseCode = "200",
            description = "The yields",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = YieldsReport.class),
                            examples =
                                    @ExampleObject(name = "sun-dried with an outlier", value = YieldsExamples.REPORT)))
    YieldsReport yields(@ParameterObject PeriodParameters period) {
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        return this.calculator.report(period.period(today, DEFAULT_DAYS, MAX_DAYS), this.properties.zone());
    }
}
