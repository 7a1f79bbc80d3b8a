/**
 * Test helpers the services' tests share (published in this module's test-jar, nothing else
 * of its tests is): a parsed Prometheus scrape, {@code promtool check metrics}, and known API keys in a key file.
 */
@NullMarked
package io.gojichain.boot.testing;

import org.jspecify.annotations.NullMarked;
