package io.gojichain.insights.prices;

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
@Tag(name = "prices", description = "Realized prices per kg or L and value per fresh kg")
class PricesController {

    static final int DEFAULT_DAYS = 30;

    /** The longest period one query may ask for (docs/CONTRACT.md section 3): a year and a day. */
    static final int MAX_DAYS = 366;

    private final PriceCalculator calculator;

    private final InsightsProperties properties;

    private final Clock clock;

    PricesController(InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.calculator = new PriceCalculator(facts, factors);
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/prices", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Realized price per kg or L by form, channel and currency; value per fresh kg by form",
            description = "realizedPrices: price = revenue / volume (volume = sum of quantity x packSize, kg or L),"
                    + " 2 places HALF_EVEN, per product form x channel x currency. valuePerFreshKg: revenue / feKg per"
                    + " product form x currency (what a kg of fresh berries earns sold as each form), ranked within"
                    + " each currency, best first. Currencies are never converted. A price is null when its divisor"
                    + " is zero.")
    @ApiResponse(
            responseCode = "200",
            description = "The prices",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PricesReport.class),
                            examples = @ExampleObject(name = "dried and juice", value = PricesExamples.REPORT)))
    PricesReport prices(@ParameterObject PeriodParameters period) {
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        return this.calculator.report(period.period(today, DEFAULT_DAYS, MAX_DAYS), this.properties.zone());
    }
}
