package io.gojichain.insights.supply;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.forecast.DemandForecaster;
import io.gojichain.insights.web.InvalidQueryException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "insights", description = "Signals computed from the chain's events")
class SupplyDemandController {

    private final InsightFacts facts;

    private final SupplyDemandCalculator calculator;

    private final InsightsProperties properties;

    private final Clock clock;

    SupplyDemandController(InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.facts = facts;
        this.calculator = new SupplyDemandCalculator(factors, new DemandForecaster(factors, properties.forecast()));
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/supply-demand", produces = "application/json")
    @Operation(
            summary = "Produced against sold per product form, in feKg",
            description = "Per form, everything up to and including asOf: produced feKg (dried, nfc_juice, pulp:"
                    + " processing output x factor; fresh: harvested kg minus the fresh kg processing consumed,"
                    + " floored at 0), sold feKg, stock = produced - sold (negative = oversold), sell-through ="
                    + " sold / produced, mean daily sold feKg of the 7 days up to asOf, days of cover = stock / that"
                    + " mean (null when it is 0), the forecast demand of the next 7 days and gap = forecast - stock"
                    + " (positive = shortfall). Sums are exact; ratios and days have 4 places, divided feKg 6.")
    @ApiResponse(
            responseCode = "200",
            description = "The four forms, with data-quality notes",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = SupplyDemandReport.class),
                            examples = @ExampleObject(name = "juice oversold", value = EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "asOf is not an ISO date, or before 1999-12-31",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "503",
            description = "The stores are not queryable yet (startup, rebalance); retry after the Retry-After seconds",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    SupplyDemandReport supplyDemand(
            @Parameter(description = "ISO date in the insights zone; default today", example = "2026-09-14")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate asOf) {
        LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock.withZone(this.properties.zone()));
        LocalDate earliest = SupplyDemandCalculator.EARLIEST_DAY;
        if (day.isBefore(earliest)) {
            throw new InvalidQueryException(
                    "asOf", "asOf (" + day + ") is before the first day events can have (" + earliest + ")");
        }
        return this.calculator.calculate(
                this.facts.harvests(earliest, day),
                this.facts.processing(earliest, day),
                this.facts.sales(earliest, day),
                day,
                this.properties.zone().getId());
    }

    static final String EXAMPLE = """
            {}
            """;
}
