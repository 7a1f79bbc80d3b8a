/** {@code GET /api/v1/insights/summary}: totals over everything counted so far. */
@NullMarked
package io.gojichain.insights.summary;

import org.jspecify.annotations.NullMarked;
