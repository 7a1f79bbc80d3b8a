/** Publishing to Kafka: the producer setup, the topics this service owns, readiness and the ingest meters. */
@NullMarked
package io.gojichain.processing.publishing;

import org.jspecify.annotations.NullMarked;
