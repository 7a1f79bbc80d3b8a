/** Meters every service shares: promtool-clean names and the resident memory gauge. */
@NullMarked
package io.gojichain.boot.metrics;

import org.jspecify.annotations.NullMarked;
