/**
 * {@code chaos}: a fault run on a running stack. A steady load of batches and single posts with
 * client eventIds goes through the ingest services while brokers and insights-service are killed,
 * frozen and brought back; at the end every event answered 202 must be counted exactly once.
 */
@NullMarked
package io.gojichain.tools.chaos;

import org.jspecify.annotations.NullMarked;
