/**
 * The facts the insight endpoints compute from: daily aggregates read from the Streams stores,
 * already merged across partitions. Signal code depends on {@link io.gojichain.insights.facts.InsightFacts}
 * only, never on Kafka.
 */
@NullMarked
package io.gojichain.insights.facts;

import org.jspecify.annotations.NullMarked;
