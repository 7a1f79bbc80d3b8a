/** Supply against demand per product form, in fresh-equivalent kilograms: stock, cover and gap. */
@NullMarked
package io.gojichain.insights.supply;

import org.jspecify.annotations.NullMarked;
