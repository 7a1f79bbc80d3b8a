/**
 * Realized prices: what a kg or litre fetched per form, channel and currency, and what a kilogram of
 * fresh berries earns when sold as each form.
 */
@NullMarked
package io.gojichain.insights.prices;

import org.jspecify.annotations.NullMarked;
