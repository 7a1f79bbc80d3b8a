/**
 * Processing yields: fresh kg consumed per kg of dried berries or per litre of juice or pulp, by
 * processor and method, beside the configured conversion factors, with the batches that look wrong.
 */
@NullMarked
package io.gojichain.insights.yields;

import org.jspecify.annotations.NullMarked;
