/**
 * Livestream sessions: what each session sold (orders, units, feKg, revenue), when, for how long,
 * its busiest minute, and the top sessions of a period.
 */
@NullMarked
package io.gojichain.insights.livestreams;

import org.jspecify.annotations.NullMarked;
