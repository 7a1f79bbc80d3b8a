/** sales-service: accepts order lines over REST and publishes them as {@code sold} events. */
@NullMarked
package io.gojichain.sales;

import org.jspecify.annotations.NullMarked;
