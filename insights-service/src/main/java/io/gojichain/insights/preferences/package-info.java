/**
 * Consumer preferences: how revenue and fresh-equivalent kilograms split by product form, channel,
 * buyer province and pack size, how that mix drifts against the previous period, and how often
 * customers come back for each form.
 */
@NullMarked
package io.gojichain.insights.preferences;

import org.jspecify.annotations.NullMarked;
