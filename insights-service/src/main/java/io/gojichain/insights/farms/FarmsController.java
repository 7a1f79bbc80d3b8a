package io.gojichain.insights.farms;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.attribution.PeriodLinks;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.LinkFacts;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "traceability", description = "Lot genealogy and what each farm's berries earned")
class FarmsController {

    /** Default period: 30 days, as the other period endpoints. */
    static final int DEFAULT_DAYS = 30;

    /** Longest period: a year covers a season and its autumn flush. */
    static final int MAX_DAYS = 366;

    private final LinkFacts links;

    private final InsightFacts facts;

    private final FeKgFactors factors;

    private final InsightsProperties properties;

    private final Clock clock;

    FarmsController(
            LinkFacts links, InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.links = links;
        this.facts = facts;
        this.factors = factors;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/farms", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "What each farm's and co-operative's berries earned in a period",
            description = "Per farm and co-operative: lots and fresh kg harvested in the period, fresh kg its lots gave"
                    + " to drying and juicing (by the batch's eventTime), and the attributed share of the period's sales"
                    + " (a sale naming a batch is split over the batch's input lots by the fresh kg taken from each; a"
                    + " fresh sale naming a lot goes wholly to it): soldFeKg (6 places), revenue and valuePerFreshKg per"
                    + " currency (to the cent), rounded once, HALF_EVEN. `county`: every attributed share;"
                    + " `unattributed`: the rest of the period's sales. Farms plus unattributed add up to /demand.")
    @ApiResponse(
            responseCode = "400",
            description = "from after to, a period over 366 days, or a date that is not ISO",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "503",
            description = "Stores not queryable yet (startup, rebalance): retry after Retry-After seconds",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    FarmsReport farms(
            @Parameter(description = "first day, inclusive (insights zone); default: 29 days before `to`")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "last day, inclusive; default: today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to) {
        return FarmsCalculator.report(links(period(from, to)), this.properties.zone());
    }

    @GetMapping(path = "/api/v1/insights/farms/{farmId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One farm in a period, lot by lot",
            description = "The farm's row as in the list, and each of its lots harvested, processed or sold in the"
                    + " period: the batches that took from it (form, method, kg), its share of the sales by channel"
                    + " and buyer province, and what it earned per fresh kg.")
    @ApiResponse(
            responseCode = "200",
            description = "The farm",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = FarmDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No lot of this farm was ever counted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> farm(
            @Parameter(description = "the farm, as harvests name it in `farmId`") @PathVariable String farmId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Period period = period(from, to);
        return FarmsCalculator.farm(farmId, links(period), this.properties.zone())
                .<ResponseEntity<?>>map(detail -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(detail))
                .orElseGet(() -> NotFound.problem(
                        "Farm not found", "no lot of farm " + farmId + " was counted", "farmId", farmId));
    }

    private Period period(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        return Period.of(from, to, today, DEFAULT_DAYS, MAX_DAYS);
    }

    private PeriodLinks links(Period period) {
        return PeriodLinks.read(this.links, this.facts, this.factors, period);
    }
}
