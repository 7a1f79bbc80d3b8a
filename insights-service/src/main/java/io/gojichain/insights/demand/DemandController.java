package io.gojichain.insights.demand;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.InvalidQueryException;
import io.gojichain.insights.facts.Period;
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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/insights", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "insights")
class DemandController {

    /** A period left open ends today and spans this many days. */
    static final int DEFAULT_DAYS = 30;

    private static final String EXAMPLE = """
            {"dimension": "productForm", "bucket": "day", "zone": "Asia/Shanghai",
             "period": {"from": "2026-09-01", "to": "2026-09-02"},
             "rows": [
               {"bucketStart": "2026-09-01", "key": "dried", "orders": 12, "units": 30,
                "feKg": 33.75, "revenue": {"CNY": "897.00"}},
               {"bucketStart": "2026-09-01", "key": "nfc_juice", "orders": 4, "units": 9,
                "feKg": 3.51, "revenue": {"CNY": "531.00"}},
               {"bucketStart": "2026-09-02", "key": "dried", "orders": 7, "units": 15,
                "feKg": 16.875, "revenue": {"CNY": "448.50", "USD": "12.00"}}
             ]}
            """;

    private final InsightFacts facts;

    private final FeKgFactors factors;

    private final InsightsProperties properties;

    private final Clock clock;

    DemandController(InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.facts = facts;
        this.factors = factors;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/demand")
    @Operation(
            summary = "Demand per calendar bucket and dimension",
            description = "Orders (order lines), units (packs), fresh-equivalent kg (quantity x packSize x"
                    + " factor) and revenue per currency, for every bucket and key with sales in the period."
                    + " Rows are sorted by bucketStart, then key. A day bucket may cover up to 366 days, week"
                    + " and month buckets up to 3660 days.")
    @ApiResponse(
            responseCode = "200",
            description = "the rows, possibly none",
            content = @Content(examples = @ExampleObject(name = "demand by form and day", value = EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "unknown dimension or bucket, a date that is not yyyy-MM-dd, from after to, or a"
                    + " period too long for the bucket; `errors[].field` names the parameter",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    DemandReport demand(
            @Parameter(
                            description =
                                    "what rows are keyed by: productForm, channel, region (buyer province) or" + " sku",
                            schema =
                                    @Schema(
                                            allowableValues = {"productForm", "channel", "region", "sku"},
                                            defaultValue = "productForm"))
                    @RequestParam(name = "dimension", defaultValue = "productForm")
                    String dimension,
            @Parameter(
                            description =
                                    "calendar bucket in the insights zone: day, week (ISO, Monday start) or" + " month",
                            schema =
                                    @Schema(
                                            allowableValues = {"day", "week", "month"},
                                            defaultValue = "day"))
                    @RequestParam(name = "bucket", defaultValue = "day")
                    String bucket,
            @Parameter(
                            description = "first day, inclusive (yyyy-MM-dd); default: 29 days before `to`",
                            example = "2026-09-01")
                    @RequestParam(name = "from", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(
                            description = "last day, inclusive (yyyy-MM-dd); default: today in the insights zone",
                            example = "2026-09-30")
                    @RequestParam(name = "to", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to) {
        DemandDimension byDimension = DemandDimension.parse(dimension);
        DemandBucket byBucket = DemandBucket.parse(bucket);
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        // the bucket's own maximum is checked below, with its wording; the bounds of the days here
        Period period = Period.of(from, to, today, DEFAULT_DAYS, Integer.MAX_VALUE);
        if (period.days() > byBucket.maxDays()) {
            throw new InvalidQueryException(
                    "from",
                    "a " + byBucket.parameter() + " bucket covers at most " + byBucket.maxDays()
                            + " days; from " + period.from() + " to " + period.to() + " is " + period.days()
                            + " days");
        }
        return new DemandReport(
                byDimension.parameter(),
                byBucket.parameter(),
                this.properties.zone().getId(),
                new DemandReport.Period(period.from(), period.to()),
                DemandCalculator.rows(
                        this.facts.sales(period.from(), period.to()), byDimension, byBucket, this.factors));
    }
}
