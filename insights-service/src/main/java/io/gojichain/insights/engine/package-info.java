/**
 * The Kafka Streams engine: one sub-topology per event topic (read, de-duplicate, count into
 * persistent stores), the dead-letter path, the Streams wiring and the store-backed read model.
 */
@NullMarked
package io.gojichain.insights.engine;

import org.jspecify.annotations.NullMarked;
