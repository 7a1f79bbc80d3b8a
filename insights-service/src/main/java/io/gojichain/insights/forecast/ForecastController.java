package io.gojichain.insights.forecast;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.InvalidQueryException;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.SalesFact;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "insights", description = "Signals computed from the chain's events")
class ForecastController {

    private final InsightFacts facts;

    private final DemandForecaster forecaster;

    private final InsightsProperties properties;

    private final Clock clock;

    ForecastController(InsightFacts facts, FeKgFactors factors, InsightsProperties properties, Clock clock) {
        this.facts = facts;
        this.forecaster = new DemandForecaster(factors, properties.forecast());
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/forecast", produces = "application/json")
    @Operation(
            summary = "Daily demand forecast in feKg per product form",
            description = "History: daily feKg sold from the first day with sales (at most 180 days back) to today,"
                    + " zero-filled. Model: additive Holt-Winters with a weekly season (alpha, beta, gamma from"
                    + " configuration, defaults 0.3/0.1/0.1) once a series has 14 days, Holt's linear trend before."
                    + " Forecast: the next `days` days, never below 0, 6 decimal places. Spikes: days whose one-step"
                    + " error exceeded 3 x the exponentially smoothed absolute error (smoothing 0.1) of the days"
                    + " before; the model that forecasts is fitted with each spike day cut down to expected +"
                    + " threshold, so a one-off sell-out does not lift the forecast (`model.spikesCapped` counts them)."
                    + " Without sales a series has model `none` and a zero forecast.")
    @ApiResponse(
            responseCode = "200",
            description = "One series per product form (or the one asked for)",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ForecastResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "juice on livestream",
                                            summary =
                                                    "NFC juice in livestream sessions, history shortened to 5 of its 35 days",
                                            value = EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "Unknown productForm or channel, or days outside 1-60",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ForecastResponse forecast(
            @Parameter(description = "fresh, dried, nfc_juice or pulp; all four when absent", example = "nfc_juice")
                    @RequestParam(required = false)
                    @Nullable
                    String productForm,
            @Parameter(description = "online, livestream or offline; all channels when absent", example = "livestream")
                    @RequestParam(required = false)
                    @Nullable
                    String channel,
            @Parameter(description = "days to forecast after today, 1-60 (default 14)", example = "7")
                    @RequestParam(required = false)
                    @Nullable
                    Integer days) {
        ProductForm form = QueryParams.productForm(productForm);
        Channel onlyChannel = QueryParams.channel(channel);
        int horizon = (days != null) ? days : this.properties.forecast().horizonDays();
        if (horizon < 1 || horizon > DemandForecaster.MAX_DAYS) {
            throw new InvalidQueryException(
                    "days", "days must be between 1 and " + DemandForecaster.MAX_DAYS + ", was " + horizon);
        }
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        Period window = DemandForecaster.lookback(today);
        List<SalesFact> sales = this.facts.sales(window.from(), window.to());
        List<SeriesForecast> series = (form != null)
                ? List.of(this.forecaster.forecast(sales, form, onlyChannel, today, horizon))
                : this.forecaster.forecastAll(sales, onlyChannel, today, horizon);
        return new ForecastResponse(
                this.properties.zone().getId(),
                window,
                new Period(today.plusDays(1), today.plusDays(horizon)),
                onlyChannel,
                this.forecaster.spikeRule(),
                series);
    }

    static final String EXAMPLE = """
            {
              "zone": "Asia/Shanghai",
              "period": {"from": "2026-03-19", "to": "2026-09-14"},
              "horizon": {"from": "2026-09-15", "to": "2026-09-21"},
              "channel": "livestream",
              "spikeRule": {"thresholdMultiplier": 3.0, "spreadSmoothing": 0.1, "warmUpDays": 7},
              "series": [
                {
                  "productForm": "nfc_juice",
                  "channel": "livestream",
                  "history": [
                    {"date": "2026-08-11", "feKg": 14.3},
                    {"date": "2026-08-12", "feKg": 11.7},
                    {"date": "2026-09-12", "feKg": 156.0},
                    {"date": "2026-09-13", "feKg": 20.8},
                    {"date": "2026-09-14", "feKg": 10.4}
                  ],
                  "model": {
                    "type": "holt_winters",
                    "observations": 35,
                    "alpha": 0.3,
                    "beta": 0.1,
                    "gamma": 0.1,
                    "seasonLength": 7,
                    "level": 15.583080,
                    "trend": 0.066884,
                    "seasonal": [-0.128114, -2.840288, 0.518000, -3.139163, 3.751125, 4.936716, -2.942213],
                    "meanAbsoluteError": 2.137925,
                    "spikesCapped": 1
                  },
                  "forecast": [
                    {"date": "2026-09-15", "feKg": 15.521849},
                    {"date": "2026-09-16", "feKg": 12.876558},
                    {"date": "2026-09-17", "feKg": 16.301730},
                    {"date": "2026-09-18", "feKg": 12.711450},
                    {"date": "2026-09-19", "feKg": 19.668622},
                    {"date": "2026-09-20", "feKg": 20.921096},
                    {"date": "2026-09-21", "feKg": 13.109051}
                  ],
                  "spikes": [
                    {
                      "date": "2026-09-12",
                      "actualFeKg": 156.0,
                      "expectedFeKg": 18.298298,
                      "errorFeKg": 137.701702,
                      "thresholdFeKg": 5.455779
                    }
                  ]
                }
              ]
            }
            """;
}
