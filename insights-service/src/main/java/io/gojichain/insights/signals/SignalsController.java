package io.gojichain.insights.signals;

import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.attribution.PeriodLinks;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.History;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.LinkFacts;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.forecast.DemandForecaster;
import io.gojichain.insights.web.LocaleConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

    private final LinkFacts links;

    private final FeKgFactors factors;

    private final MessageSource messages;

    private final SignalsCalculator calculator;

    private final DemandForecaster forecaster;

    private final InsightsProperties properties;

    private final Clock clock;

    SignalsController(
            InsightFacts facts,
            LinkFacts links,
            FeKgFactors factors,
            MessageSource messages,
            InsightsProperties properties,
            Clock clock) {
        this.facts = facts;
        this.links = links;
        this.factors = factors;
        this.messages = messages;
        this.forecaster = new DemandForecaster(factors, properties.forecast());
        this.calculator = new SignalsCalculator(factors, this.forecaster, SignalThresholds.DEFAULTS);
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/insights/signals", produces = "application/json")
    @Operation(
            summary = "Recommendations for farmers, processors and sellers, with their evidence",
            description = "Kinds: demand_surge / demand_drop (feKg of a form in a buyer province up more than 30 %"
                    + " / down more than 30 % on the previous period, with at least 5 orders, and a change score of at least 2:"
                    + " the change stands 2 standard deviations clear of order-to-order noise), supply_shortfall"
                    + " (supply-demand as of the period's end: days of cover under 7 or forecast above stock),"
                    + " best_value_form (revenue / feKg per form, per currency), demand_spike (the forecast's spike"
                    + " detector, per form and channel), channel_shift (a channel's share of feKg moved more than"
                    + " 10 points), mass_balance (data quality: a lot gave processing more than 0.5 % above its"
                    + " harvest), cooperative_value (a co-operative's lots earned at least 15 % more or less per fresh"
                    + " kg than the county, with 100 feKg and 5 orders at least; the form, method and channel that"
                    + " explain it). Sorted by severity (action, warning, info), then magnitude. The response echoes"
                    + " every threshold. Sentences follow Accept-Language (en by default; zh, zh-CN, zh-Hans:"
                    + " Chinese); fields and codes stay English.")
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
                    LocalDate to,
            @Parameter(hidden = true) Locale locale) {
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        Period period = Period.of(from, to, today, DEFAULT_DAYS, MAX_DAYS);
        return new SignalsResponse(
                this.properties.zone().getId(),
                period,
                period.previous(),
                SignalThresholds.DEFAULTS,
                this.forecaster.spikeRule(),
                signals(period, LocaleConfiguration.sentenceLocale(locale)));
    }

    /**
     * The rules compare the period with the one before and forecast from a lookback; only the
     * supply rule needs all time, which {@link History} gives from the running totals.
     */
    private List<Signal> signals(Period period, Locale locale) {
        List<Signal> signals = new ArrayList<>(demandSignals(period));
        signals.addAll(this.calculator.farmSignals(PeriodLinks.read(this.links, this.facts, this.factors, period)));
        signals.sort(SignalsCalculator.ORDER);
        SentenceRenderer renderer = new SentenceRenderer(this.messages::getMessage, locale);
        return signals.stream().map(signal -> signal.renderedBy(renderer)).toList();
    }

    private List<Signal> demandSignals(Period period) {
        LocalDate previous = period.previous().from();
        LocalDate lookback = DemandForecaster.lookback(period.to()).from();
        History history = History.of(this.facts, previous.isBefore(lookback) ? previous : lookback);
        return this.calculator.signals(
                history.harvests(),
                history.processing(),
                history.sales(),
                period,
                this.properties.zone().getId());
    }

    static final String EXAMPLE = """
            {
              "zone": "Asia/Shanghai",
              "period": {"from": "2026-09-08", "to": "2026-09-14"},
              "comparedTo": {"from": "2026-09-01", "to": "2026-09-07"},
              "thresholds": {"surgeGrowth": 0.30, "dropGrowth": 0.30, "minOrders": 5, "coverDays": 7, "channelShift": 0.10, "minChangeScore": 2.0, "overdrawTolerance": 0.005, "minCooperativeFeKg": 100, "cooperativeValueDifference": 0.15},
              "spikeRule": {"thresholdMultiplier": 3.0, "spreadSmoothing": 0.1, "warmUpDays": 7},
              "signals": [
                {
                  "id": "demand_surge:nfc_juice:Guangdong:2026-09-08",
                  "kind": "demand_surge",
                  "audience": ["farmers", "processors"],
                  "sentence": "NFC juice demand up 137% week on week in Guangdong (240 feKg vs 101): shift fresh lots to juicing",
                  "evidence": {
                    "productForm": "nfc_juice",
                    "province": "Guangdong",
                    "currentFeKg": 240.5,
                    "previousFeKg": 101.4,
                    "growth": 1.3718,
                    "currentOrders": 70,
                    "previousOrders": 35,
                    "changeScore": 4.16
                  },
                  "period": {"from": "2026-09-08", "to": "2026-09-14"},
                  "comparedTo": {"from": "2026-09-01", "to": "2026-09-07"},
                  "severity": "action",
                  "magnitude": 4.1563
                },
                {
                  "id": "supply_shortfall:nfc_juice:2026-09-14",
                  "kind": "supply_shortfall",
                  "audience": ["farmers", "processors"],
                  "sentence": "NFC juice stock covers 0.1 days of sales (2.6 feKg in stock, 34.4 feKg a day over the last 7 days); the next 7 days' forecast of 111 feKg exceeds it by 109 feKg: shift fresh lots to juicing",
                  "evidence": {
                    "productForm": "nfc_juice",
                    "producedFeKg": 650.0,
                    "soldFeKg": 647.4,
                    "stockFeKg": 2.6,
                    "meanDailySoldFeKg": 34.357143,
                    "daysOfCover": 0.0757,
                    "forecastDemandFeKg": 111.110356,
                    "gapFeKg": 108.510356
                  },
                  "period": {"from": "2026-09-08", "to": "2026-09-14"},
                  "severity": "action",
                  "magnitude": 0.9766
                },
                {
                  "id": "demand_spike:nfc_juice:livestream:2026-09-12",
                  "kind": "demand_spike",
                  "audience": ["processors", "sellers"],
                  "sentence": "NFC juice demand in livestream sessions spiked on 2026-09-12: 156 feKg sold against 18.3 expected (the forecast is typically off by 1.8 feKg): check NFC juice stock before the next session",
                  "evidence": {
                    "productForm": "nfc_juice",
                    "channel": "livestream",
                    "date": "2026-09-12",
                    "actualFeKg": 156.0,
                    "expectedFeKg": 18.298298,
                    "thresholdFeKg": 5.455779
                  },
                  "period": {"from": "2026-09-12", "to": "2026-09-12"},
                  "severity": "warning",
                  "magnitude": 7.5254
                },
                {
                  "id": "demand_drop:dried:Zhejiang:2026-09-08",
                  "kind": "demand_drop",
                  "audience": ["farmers", "processors"],
                  "sentence": "Dried goji demand down 50% week on week in Zhejiang (94.5 feKg vs 189): slow drying and sell dried stock first",
                  "evidence": {
                    "productForm": "dried",
                    "province": "Zhejiang",
                    "currentFeKg": 94.5,
                    "previousFeKg": 189.0,
                    "growth": -0.5000,
                    "currentOrders": 42,
                    "previousOrders": 84,
                    "changeScore": -3.74
                  },
                  "period": {"from": "2026-09-08", "to": "2026-09-14"},
                  "comparedTo": {"from": "2026-09-01", "to": "2026-09-07"},
                  "severity": "warning",
                  "magnitude": 3.7417
                },
                {
                  "id": "best_value_form:CNY:2026-09-08",
                  "kind": "best_value_form",
                  "audience": ["farmers", "processors"],
                  "sentence": "Per fresh kg, berries earned the most as NFC juice (24.62 CNY), against 15.00 CNY sold fresh and 13.33 CNY as dried goji: favour juicing when allocating fresh lots",
                  "evidence": {
                    "currency": "CNY",
                    "forms": [
                      {
                        "productForm": "nfc_juice",
                        "revenue": "5920.00",
                        "feKg": 240.5,
                        "orders": 70,
                        "valuePerFreshKg": "24.62"
                      },
                      {
                        "productForm": "fresh",
                        "revenue": "2100.00",
                        "feKg": 140.0,
                        "orders": 14,
                        "valuePerFreshKg": "15.00"
                      },
                      {
                        "productForm": "dried",
                        "revenue": "1260.00",
                        "feKg": 94.5,
                        "orders": 42,
                        "valuePerFreshKg": "13.33"
                      }
                    ]
                  },
                  "period": {"from": "2026-09-08", "to": "2026-09-14"},
                  "severity": "info",
                  "magnitude": 0.6410
                },
                {
                  "id": "channel_shift:livestream:2026-09-08",
                  "kind": "channel_shift",
                  "audience": ["processors", "sellers"],
                  "sentence": "Livestream sales rose from 23.6% to 50.6% of demand (feKg), +27.1 points week on week: plan stock for more livestream sessions",
                  "evidence": {
                    "channel": "livestream",
                    "currentShare": 0.5063,
                    "previousShare": 0.2356,
                    "shareChange": 0.2707,
                    "currentFeKg": 240.5,
                    "previousFeKg": 101.4,
                    "currentTotalFeKg": 475.0,
                    "previousTotalFeKg": 430.4
                  },
                  "period": {"from": "2026-09-08", "to": "2026-09-14"},
                  "comparedTo": {"from": "2026-09-01", "to": "2026-09-07"},
                  "severity": "info",
                  "magnitude": 0.2707
                },
                {
                  "id": "channel_shift:online:2026-09-08",
                  "kind": "channel_shift",
                  "audience": ["processors", "sellers"],
                  "sentence": "Online sales fell from 43.9% to 19.9% of demand (feKg), -24.0 points week on week: review prices and placement online",
                  "evidence": {
                    "channel": "online",
                    "currentShare": 0.1989,
                    "previousShare": 0.4391,
                    "shareChange": -0.2402,
                    "currentFeKg": 94.5,
                    "previousFeKg": 189.0,
                    "currentTotalFeKg": 475.0,
                    "previousTotalFeKg": 430.4
                  },
                  "period": {"from": "2026-09-08", "to": "2026-09-14"},
                  "comparedTo": {"from": "2026-09-01", "to": "2026-09-07"},
                  "severity": "info",
                  "magnitude": 0.2402
                }
              ]
            }
            """;
}
