/**
 * The facts the insight endpoints compute from: daily aggregates read from the Streams stores,
 * already merged across partitions. Signal code depends on {@link io.gojichain.insights.facts.InsightFacts}
 * only, never on Kafka. The query's {@link io.gojichain.insights.facts.Period} (bounded: see there)
 * and money ({@link io.gojichain.insights.facts.Amounts}) live here too, so that calculators are pure
 * functions over facts and periods, free of the web layer.
 */
@NullMarked
package io.gojichain.insights.facts;

import org.jspecify.annotations.NullMarked;
