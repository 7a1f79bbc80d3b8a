package io.gojichain.insights.livestreams;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.InvalidQueryException;
import io.gojichain.insights.web.PeriodParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "livestreams", description = "Livestream sessions: totals, peak minute, top sessions")
class LivestreamsController {

    static final int DEFAULT_DAYS = 30;

    /** The longest period one query may ask for (docs/CONTRACT.md section 3): a year and a day. */
    static final int MAX_DAYS = 366;

    static final int MAX_TOP = 100;

    private final LivestreamCalculator calculator;

    private final InsightsProperties properties;

    private final Clock clock;

    LivestreamsController(InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.calculator = new LivestreamCalculator(facts, factors);
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/livestreams", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Top livestream sessions of a period by fresh-equivalent kg, with totals",
            description = "Sessions whose first sale falls in the period, sorted by feKg (largest first), then id;"
                    + " the first `top` are listed, each with orders, units, feKg, revenue per currency, first and"
                    + " last sale, duration and peak minute (the minute with the most units). Totals cover every"
                    + " session of the period.")
    @ApiResponse(
            responseCode = "200",
            description = "The sessions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = LivestreamsReport.class),
                            examples = @ExampleObject(name = "two sessions", value = LivestreamsExamples.REPORT)))
    @ApiResponse(
            responseCode = "400",
            description = "from after to, a malformed date, top outside 1-100",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    LivestreamsReport livestreams(
            @ParameterObject PeriodParameters period,
            @Parameter(description = "how many sessions to list, 1-100", example = "10")
                    @RequestParam(defaultValue = "10")
                    int top) {
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidQueryException("top", "top must be between 1 and " + MAX_TOP + ", was " + top);
        }
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        return this.calculator.top(period.period(today, DEFAULT_DAYS, MAX_DAYS), top, this.properties.zone());
    }

    @GetMapping(path = "/api/v1/insights/livestreams/{livestreamId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One livestream session with its per-minute sales",
            description = "The session's totals and peak minute as in the list, and every minute with sales"
                    + " (start of the minute, UTC) in time order.")
    @ApiResponse(
            responseCode = "200",
            description = "The session",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = LivestreamDetail.class),
                            examples = @ExampleObject(name = "a session", value = LivestreamsExamples.DETAIL)))
    @ApiResponse(
            responseCode = "404",
            description = "No sale was counted under this session id",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> livestream(
            @Parameter(description = "the session id sales carried in `livestreamId`", example = "dy-20260917-01")
                    @PathVariable
                    String livestreamId) {
        return this.calculator
                .session(livestreamId, this.properties.zone())
                .<ResponseEntity<?>>map(detail -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(detail))
                .orElseGet(() -> notFound(livestreamId));
    }

    /**
     * Answered here rather than by an exception, so the 404 does not depend on how the service's
     * advice treats exceptions it does not know.
     */
    private static ResponseEntity<ProblemDetail> notFound(String livestreamId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "no sale was counted for livestream session " + livestreamId);
        problem.setTitle("Livestream session not found");
        problem.setProperty("livestreamId", livestreamId);
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
