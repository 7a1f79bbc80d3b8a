package io.gojichain.insights.engine;

import io.gojichain.contracts.ProductForm;

/**
 * Keys of the {@code <type>-totals} stores: running totals per partition (a handful of keys), so
 * that the summary costs the same whatever the length of the history.
 */
final class TotalKeys {

    /** Events counted (harvested, dried, juiced). */
    static final String EVENTS = "events";

    /** Fresh kg harvested. */
    static final String KG = "kg";

    /** Fresh kg consumed by a transformation. */
    static final String INPUT_KG = "inputKg";

    /** Order lines counted. */
    static final String ORDERS = "orders";

    /** Packs sold. */
    static final String UNITS = "units";

    static final String REVENUE_PREFIX = "revenue|";

    private TotalKeys() {}

    /** kg dried or litres of juice or pulp produced. */
    static String output(ProductForm form) {
        return "output|" + form.wireName();
    }

    /** kg or litres sold. */
    static String volume(ProductForm form) {
        return "volume|" + form.wireName();
    }

    static String revenue(String currency) {
        return REVENUE_PREFIX + currency;
    }
}
