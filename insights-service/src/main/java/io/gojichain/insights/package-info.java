/** insights-service: a Kafka Streams application that turns the chain's events into signals. */
@NullMarked
package io.gojichain.insights;

import org.jspecify.annotations.NullMarked;
