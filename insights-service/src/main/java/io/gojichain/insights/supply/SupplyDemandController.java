package io.gojichain.insights.supply;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.History;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.InvalidQueryException;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.forecast.DemandForecaster;
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
                    + " mean (left out when it is 0), the forecast demand of the next 7 days and gap = forecast - stock"
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
    SupplyDemandReport supplyDemand(
            @Parameter(description = "ISO date in the insights zone; default today", example = "2026-09-14")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate asOf) {
        Period.within("asOf", asOf);
        LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock.withZone(this.properties.zone()));
        LocalDate earliest = SupplyDemandCalculator.EARLIEST_DAY;
        if (day.isBefore(earliest)) {
            throw new InvalidQueryException(
                    "asOf", "asOf (" + day + ") is before the first day events can have (" + earliest + ")");
        }
        // stock needs all time, the cover and the forecast only their windows: the window's facts
        // plus the running totals for the time before it, not every fact since 2000
        History history = History.of(this.facts, DemandForecaster.lookback(day).from());
        return this.calculator.calculate(
                history.harvests(),
                history.processing(),
                history.sales(),
                day,
                this.properties.zone().getId());
    }

    static final String EXAMPLE = """
            {
              "zone": "Asia/Shanghai",
              "asOf": "2026-09-14",
              "coverWindow": {"from": "2026-09-08", "to": "2026-09-14"},
              "forecastWindow": {"from": "2026-09-15", "to": "2026-09-21"},
              "fresh": {"harvestedKg": 5700, "processedInputKg": 1550, "availableKg": 4150, "floored": false},
              "forms": [
                {
                  "productForm": "fresh",
                  "producedFeKg": 4150.0,
                  "producedFloored": false,
                  "soldFeKg": 420.0,
                  "stockFeKg": 3730.0,
                  "oversold": false,
                  "sellThrough": 0.1012,
                  "meanDailySoldFeKg": 20.000000,
                  "daysOfCover": 186.5000,
                  "forecastDemandFeKg": 140.000000,
                  "gapFeKg": -3590.000000,
                  "shortfall": false
                },
                {
                  "productForm": "dried",
                  "producedFeKg": 900.0,
                  "producedFloored": false,
                  "soldFeKg": 472.5,
                  "stockFeKg": 427.5,
                  "oversold": false,
                  "sellThrough": 0.5250,
                  "meanDailySoldFeKg": 13.500000,
                  "daysOfCover": 31.6667,
                  "forecastDemandFeKg": 60.788883,
                  "gapFeKg": -366.711117,
                  "shortfall": false
                },
                {
                  "productForm": "nfc_juice",
                  "producedFeKg": 650.0,
                  "producedFloored": false,
                  "soldFeKg": 647.4,
                  "stockFeKg": 2.6,
                  "oversold": false,
                  "sellThrough": 0.9960,
                  "meanDailySoldFeKg": 34.357143,
                  "daysOfCover": 0.0757,
                  "forecastDemandFeKg": 111.110356,
                  "gapFeKg": 108.510356,
                  "shortfall": true
                },
                {
                  "productForm": "pulp",
                  "producedFeKg": 0,
                  "producedFloored": false,
                  "soldFeKg": 0,
                  "stockFeKg": 0,
                  "oversold": false,
                  "meanDailySoldFeKg": 0.000000,
                  "forecastDemandFeKg": 0.000000,
                  "gapFeKg": 0.000000,
                  "shortfall": false
                }
              ],
              "notes": ["Produced feKg of dried, nfc_juice and pulp is output x the configured factor, not the fresh kg the plants consumed; the yields endpoint reports the observed yields.", "Mass balance per lot (fresh kg given to processing beyond what that lot harvested) is not checked here: the read model holds daily totals, not the inputs of each lot."]
            }
            """;
}
