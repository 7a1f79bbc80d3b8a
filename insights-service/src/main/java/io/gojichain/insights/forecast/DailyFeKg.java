package io.gojichain.insights.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fresh-equivalent kilograms of one day (insights zone).
 *
 * @param feKg history: exact sum of the day's sales; forecast: the model's value, never below 0,
 *     rounded to 6 places
 */
public record DailyFeKg(LocalDate date, BigDecimal feKg) {}
