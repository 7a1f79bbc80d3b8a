/**
 * The analyst dashboard: one static page ({@code static/index.html}, served at {@code /}) drawing
 * the insight endpoints with ECharts from a webjar, and the calendar it needs from the service.
 */
@NullMarked
package io.gojichain.insights.dashboard;

import org.jspecify.annotations.NullMarked;
