/**
 * Trace forward from a lot and back from a batch, the mass balance of a lot, and its history as an
 * EPCIS 2.0 document (docs/CONTRACT.md section 7).
 */
@NullMarked
package io.gojichain.insights.trace;

import org.jspecify.annotations.NullMarked;
