package io.gojichain.insights.web;

import io.gojichain.insights.facts.Period;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The {@code ?from=&to=} of a query over a period of 30 days by default, bound once for every
 * endpoint that takes one (springdoc: a {@code @ParameterObject}); a malformed day is a 400 naming
 * the parameter ({@link ProblemDetailsAdvice}).
 */
public record PeriodParameters(
        @Parameter(
                description = "first day, inclusive (insights zone); default: 29 days before `to`",
                example = "2026-09-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate from,

        @Parameter(description = "last day, inclusive; default: today", example = "2026-09-30")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate to) {

    /** The period named, with today in the insights zone; at most {@code maxDays} (else 400). */
    public Period period(LocalDate today, int defaultDays, int maxDays) {
        return Period.of(this.from, this.to, today, defaultDays, maxDays);
    }
}
