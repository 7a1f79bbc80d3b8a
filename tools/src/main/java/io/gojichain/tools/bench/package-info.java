/**
 * {@code bench}: measures the running stack side by side with Kafka's own limits on the same broker
 * (producer and consumer perf tools), through the services' public APIs only: batch and single
 * ingest, a fresh insights instance replaying the topics, freshness under a steady load, and the
 * memory and CPU each process uses. It reports; it asserts nothing about time.
 */
@NullMarked
package io.gojichain.tools.bench;

import org.jspecify.annotations.NullMarked;
