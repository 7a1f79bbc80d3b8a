/** Writing events to Kafka: the publisher, the topics it needs, the broker readiness check, metrics. */
@NullMarked
package io.gojichain.sales.publishing;

import org.jspecify.annotations.NullMarked;
