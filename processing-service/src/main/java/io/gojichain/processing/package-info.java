/** Ingest gateway for processing steps: dried and juiced events in over REST, out to Kafka. */
@NullMarked
package io.gojichain.processing;

import org.jspecify.annotations.NullMarked;
