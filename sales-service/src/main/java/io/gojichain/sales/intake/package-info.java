/** The REST intake of order lines: request shape, validation rules, mapping to the {@code sold} event. */
@NullMarked
package io.gojichain.sales.intake;

import org.jspecify.annotations.NullMarked;
