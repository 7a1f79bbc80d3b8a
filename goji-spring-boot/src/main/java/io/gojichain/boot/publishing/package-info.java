/** Writing events to Kafka: the publisher, the topics it needs, the broker readiness check, the ingest meters. */
@NullMarked
package io.gojichain.boot.publishing;

import org.jspecify.annotations.NullMarked;
