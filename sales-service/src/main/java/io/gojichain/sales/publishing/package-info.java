/** Writing events to Kafka: producer setup, topic creation, readiness, ingest metrics. */
@NullMarked
package io.gojichain.sales.publishing;

import org.jspecify.annotations.NullMarked;
