package io.gojichain.localkafka;

import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one KRaft node (broker and controller) in this JVM and runs it until the process is told
 * to stop (SIGTERM or Ctrl-C), which shuts the broker down cleanly. A single node by default; with
 * {@code --node-id}, {@code --voters} and {@code --cluster-id} one node of a local cluster, each
 * node in its own process with its own data folder and ports.
 *
 * <pre>java -cp 'local-kafka/target/libs/*:local-kafka/target/local-kafka.jar' \
 *     io.gojichain.localkafka.LocalKafka --data-dir .goji/kafka --port 9092 --controller-port 9093
 * java -cp ... io.gojichain.localkafka.LocalKafka --data-dir .goji/kafka/node-2 --port 9094 \
 *     --controller-port 9095 --node-id 2 --voters 1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097 \
 *     --cluster-id Z29qaS1jaGFpbi1pbnNpZw</pre>
 *
 * <p>A node of a cluster waits in {@link #start} until a quorum of its voters is up: start the
 * nodes side by side, not one after the other.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);

    private final LocalKafkaSettings settings;

    private final KafkaRaftServer server;

    private boolean closed;

    private LocalKafka(LocalKafkaSettings settings, KafkaRaftServer server) {
        this.settings = settings;
        this.server = server;
    }

    public static void main(String[] args) {
        LocalKafkaSettings settings;
        try {
            settings = LocalKafkaSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("LocalKafka: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalKafka broker;
        try {
            broker = start(settings);
        } catch (Exception e) {
            log.error("Local Kafka broker failed to start on {}", settings.bootstrapServers(), e);
            // Kafka may leave non-daemon threads behind after a failed start: exit explicitly.
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "local-kafka-shutdown"));
        broker.awaitShutdown();
    }

    /** Writes server.properties, formats the storage on the first start only, then starts the broker. */
    static LocalKafka start(LocalKafkaSettings settings) throws Exception {
        long started = System.nanoTime();
        Properties properties = ServerProperties.of(settings);
        ServerProperties.write(properties, settings.serverProperties());
        Storage.formatIfNeeded(settings.serverProperties(), settings.logDir(), settings.clusterId());
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        server.startup();
        log.info(
                "Local Kafka node {} of {} ready on {} (data in {}) after {} ms",
                settings.nodeId(),
                settings.voters().size(),
                settings.bootstrapServers(),
                settings.dataDir(),
                (System.nanoTime() - started) / 1_000_000);
        return new LocalKafka(settings, server);
    }

    String bootstrapServers() {
        return settings.bootstrapServers();
    }

    void awaitShutdown() {
        server.awaitShutdown();
    }

    /** Stops the broker and waits until it has flushed and closed its logs. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Stopping local Kafka broker on {}", settings.bootstrapServers());
        server.shutdown();
        server.awaitShutdown();
        log.info("Local Kafka broker stopped");
    }
}
