package io.gojichain.insights.signals;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.forecast.DemandForecaster;
import io.gojichain.insights.supply.SupplyDemandCalculator;
import io.gojichain.insights.web.InvalidQueryException;
import io.gojichain.insights.web.Period;
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
class SignalsController {

    /** Default period: the last 7 days, compared with the 7 before. */
    static final int DEFAULT_DAYS = 7;

    /** Longest period: a year (and its comparison year) is the most a recommendation should summarise. */
    static final int MAX_DAYS = 366;

    private final InsightFacts facts;

    private final SignalsCalculator calculator;

    private final DemandForecaster forecaster;

    private final InsightsProperties properties;

    private final Clock clock;

    SignalsController(InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.facts = facts;
        this.forecaster = new DemandForecaster(factors, properties.forecast());
        this.calculator = new SignalsCalculator(factors, this.forecaster, SignalThresholds.DEFAULTS);
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/signals", produces = "application/json")
    @Operation(
            summary = "Recommendations for farmers, processors and sellers, with their evidence",
            description = "Kinds: demand_surge / demand_drop (feKg of a form in a buyer province up more than 30 %"
                    + " / down more than 30 % on the previous period, with at least 5 orders), supply_shortfall"
                    + " (supply-demand as of the period's end: days of cover under 7 or forecast above stock),"
                    + " best_value_form (revenue / feKg per form, per currency), demand_spike (the forecast's spike"
                    + " detector, per form and channel), channel_shift (a channel's share of feKg moved more than"
                    + " 10 points). Sorted by severity (action, warning, info), then magnitude. The response echoes"
                    + " every threshold.")
    @ApiResponse(
            responseCode = "200",
            description = "Signals of the period; an empty list when nothing crossed a threshold",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = SignalsResponse.class),
                            examples = @ExampleObject(name = "a week in September", value = EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "from after to, a period over 366 days, or a date that is not ISO",
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
    SignalsResponse signals(
            @Parameter(
                            description = "first day, ISO date in the insights zone; default 6 days before `to`",
                            example = "2026-09-08")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "last day (inclusive); default today", example = "2026-09-14")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to) {
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        Period period = Period.of(from, to, today, DEFAULT_DAYS);
        if (period.days() > MAX_DAYS) {
            throw new InvalidQueryException(
                    "from", "the period has " + period.days() + " days; at most " + MAX_DAYS + " are allowed");
        }
        LocalDate earliest = SupplyDemandCalculator.EARLIEST_DAY;
        if (period.to().isBefore(earliest)) {
            throw new InvalidQueryException(
                    "to", "to (" + period.to() + ") is before the first day events can have (" + earliest + ")");
        }
        return new SignalsResponse(
                this.properties.zone().getId(),
                period,
                period.previous(),
                SignalThresholds.DEFAULTS,
                this.forecaster.spikeRule(),
                this.calculator.signals(
                        this.facts.harvests(earliest, period.to()),
                        this.facts.processing(earliest, period.to()),
                        this.facts.sales(earliest, period.to()),
                        period,
                        this.properties.zone().getId()));
    }

    static final String EXAMPLE = """
            {}
            """;
}
