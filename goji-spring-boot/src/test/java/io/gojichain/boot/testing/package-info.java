/**
 * Test helpers every service's scrape test uses (published in this module's test-jar, nothing else
 * of its tests is): a parsed Prometheus scrape and {@code promtool check metrics}.
 */
@NullMarked
package io.gojichain.boot.testing;

import org.jspecify.annotations.NullMarked;
