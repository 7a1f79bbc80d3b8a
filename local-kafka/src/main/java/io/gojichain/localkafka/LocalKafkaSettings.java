package io.gojichain.localkafka;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local broker keeps its data and which loopback ports it listens on.
 *
 * @param dataDir folder of the generated server.properties and the log directory, kept across restarts
 * @param host address both listeners bind to; loopback by default so nothing is exposed
 * @param port client (PLAINTEXT) listener port
 * @param controllerPort KRaft controller listener port
 */
record LocalKafkaSettings(Path dataDir, String host, int port, int controllerPort) {

    static final String USAGE =
            "usage: LocalKafka [--data-dir DIR] [--port PORT] [--controller-port PORT] [--host ADDRESS]"
                    + " (defaults: .goji/kafka, 9092, 9093, 127.0.0.1)";

    LocalKafkaSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        checkPort("--port", port);
        checkPort("--controller-port", controllerPort);
        if (port == controllerPort) {
            throw new IllegalArgumentException("--port and --controller-port must differ, both are " + port);
        }
        // Kafka resolves relative log dirs against its working directory; pin them down once here.
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    static LocalKafkaSettings defaults() {
        return new LocalKafkaSettings(Path.of(".goji", "kafka"), "127.0.0.1", 9092, 9093);
    }

    /** Folder of the broker's partitions and of the KRaft metadata log. */
    Path logDir() {
        return dataDir.resolve("logs");
    }

    Path serverProperties() {
        return dataDir.resolve("server.properties");
    }

    String bootstrapServers() {
        return host + ":" + port;
    }

    static LocalKafkaSettings parse(String... args) {
        LocalKafkaSettings settings = defaults();
        Path dataDir = settings.dataDir();
        String host = settings.host();
        int port = settings.port();
        int controllerPort = settings.controllerPort();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option + "; " + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--host" -> host = value;
                case "--port" -> port = parsePort(option, value);
                case "--controller-port" -> controllerPort = parsePort(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
            }
        }
        return new LocalKafkaSettings(dataDir, host, port, controllerPort);
    }

    private static int parsePort(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, got '" + value + "'", e);
        }
    }

    private static void checkPort(String option, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + " must be between 1 and 65535, got " + port);
        }
    }
}
