/** {@code GET /api/v1/insights/demand}: orders, units, feKg and revenue per calendar bucket and dimension. */
@NullMarked
package io.gojichain.insights.demand;

import org.jspecify.annotations.NullMarked;
