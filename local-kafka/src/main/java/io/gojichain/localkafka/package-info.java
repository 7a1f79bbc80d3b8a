/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one process) started
 * from the Maven Central jars, so the system runs locally without Docker. {@code ./goji up} runs
 * {@link io.gojichain.localkafka.LocalKafka} as one JVM.
 */
@NullMarked
package io.gojichain.localkafka;

import org.jspecify.annotations.NullMarked;
