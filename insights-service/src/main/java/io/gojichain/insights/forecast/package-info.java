/**
 * Daily demand forecast per product form (and channel): additive Holt-Winters with a weekly season,
 * Holt's linear trend while the history is short, and a spike detector on the one-step errors.
 */
@NullMarked
package io.gojichain.insights.forecast;

import org.jspecify.annotations.NullMarked;
