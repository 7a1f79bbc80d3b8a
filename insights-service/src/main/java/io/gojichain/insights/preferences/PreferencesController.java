package io.gojichain.insights.preferences;

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
import java.util.Locale;
import java.util.regex.Pattern;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "preferences", description = "Sales mix by form, channel, region and pack size, its drift, repeat purchase")
class PreferencesController {

    static final int DEFAULT_DAYS = 30;

    /** The longest period one query may ask for (docs/CONTRACT.md section 3): a year and a day. */
    static final int MAX_DAYS = 366;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final PreferencesCalculator calculator;

    private final InsightsProperties properties;

    private final Clock clock;

    PreferencesController(InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.calculator = new PreferencesCalculator(facts, factors);
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/preferences", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Share of revenue and of feKg by product form, channel, buyer province and pack size",
            description = "For the period and the previous period of the same length: revenue (in `currency`) and"
                    + " fresh-equivalent kg per key, each as a share of its period's total (4 places), the change"
                    + " in percentage points (2 places) and growth = this / previous - 1 (null when previous is 0)."
                    + " feKg shares count sales in every currency; revenue shares only those in `currency`."
                    + " Pack-size bands are kg or L per pack: <=0.1, 0.1-0.5, 0.5-1, >1 (lower bound excluded)."
                    + " Repeat purchase per form: customers with 2+ order lines in the 90 days ending `to`,"
                    + " divided by customers with any.")
    @ApiResponse(
            responseCode = "200",
            description = "The shares",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PreferencesReport.class),
                            examples = @ExampleObject(name = "two forms", value = PreferencesExamples.REPORT)))
    @ApiResponse(
            responseCode = "400",
            description = "from after to, a malformed date or currency",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    PreferencesReport preferences(
            @ParameterObject PeriodParameters period,
            @Parameter(description = "ISO 4217 currency of the revenue shares", example = "CNY")
                    @RequestParam(defaultValue = "CNY")
                    String currency) {
        String code = currency.trim().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(code).matches()) {
            throw new InvalidQueryException("currency", "currency must be an ISO 4217 code such as CNY");
        }
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        return this.calculator.report(period.period(today, DEFAULT_DAYS, MAX_DAYS), code, this.properties.zone());
    }
}
