package io.gojichain.insights.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Harvests of one day in one county and grade ({@code ungraded} when the event had none).
 *
 * @param kg fresh kilograms
 */
public record HarvestFact(LocalDate day, String province, String county, String grade, long events, BigDecimal kg) {}
