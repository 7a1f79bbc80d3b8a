package io.gojichain.localkafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where one local broker keeps its data, which loopback ports it listens on and which cluster it
 * belongs to. A single node (the default) is its own quorum; a node of a local cluster names every
 * controller of the quorum and the cluster id all of them are formatted with.
 *
 * @param dataDir folder of the generated server.properties and the log directory, kept across restarts
 * @param host address both listeners bind to; loopback by default so nothing is exposed
 * @param port client (PLAINTEXT) listener port
 * @param controllerPort KRaft controller listener port
 * @param nodeId this node's id in the quorum
 * @param voters every node of the quorum (this one included), in {@code id@host:controllerPort} order
 * @param clusterId the id the storage is formatted with; null for a single node (a random one)
 */
record LocalKafkaSettings(
        Path dataDir,
        String host,
        int port,
        int controllerPort,
        int nodeId,
        List<Voter> voters,
        @Nullable String clusterId) {

    static final String USAGE = "usage: LocalKafka [--data-dir DIR] [--port PORT] [--controller-port PORT]"
            + " [--host ADDRESS] [--node-id N --voters ID@HOST:PORT,... --cluster-id ID]"
            + " (defaults: .goji/kafka, 9092, 9093, 127.0.0.1, a single node 1)";

    /** One controller of the quorum, as {@code controller.quorum.voters} lists it. */
    record Voter(int id, String host, int port) {

        private static final Pattern FORMAT = Pattern.compile("(\\d+)@([^:@,]+):(\\d+)");

        static Voter parse(String text) {
            Matcher m = FORMAT.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("--voters takes ID@HOST:PORT entries, not '" + text + "'");
            }
            return new Voter(Integer.parseInt(m.group(1)), m.group(2), parsePort("--voters", m.group(3)));
        }

        @Override
        public String toString() {
            return id + "@" + host + ":" + port;
        }
    }

    /** A single-node cluster: the node is its own and only voter. */
    LocalKafkaSettings(Path dataDir, String host, int port, int controllerPort) {
        this(dataDir, host, port, controllerPort, 1, List.of(new Voter(1, host, controllerPort)), null);
    }

    LocalKafkaSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        checkPort("--port", port);
        checkPort("--controller-port", controllerPort);
        if (port == controllerPort) {
            throw new IllegalArgumentException("--port and --controller-port must differ, both are " + port);
        }
        if (nodeId < 1) {
            throw new IllegalArgumentException("--node-id must be 1 or more, got " + nodeId);
        }
        voters = List.copyOf(voters);
        Voter self = new Voter(nodeId, host, controllerPort);
        if (!voters.contains(self)) {
            throw new IllegalArgumentException("--voters " + joined(voters) + " must list this node as " + self
                    + " (--node-id, --host, --controller-port)");
        }
        if (voters.stream().map(Voter::id).distinct().count() != voters.size()) {
            throw new IllegalArgumentException("--voters names a node id twice: " + joined(voters));
        }
        // Every node of a cluster must be formatted with the same id; a single node can make its own.
        if (voters.size() > 1 && (clusterId == null || clusterId.isBlank())) {
            throw new IllegalArgumentException("a node of a " + voters.size() + "-node cluster needs --cluster-id");
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

    /** How many copies of each partition the cluster can keep: all nodes, at most three. */
    int replicationFactor() {
        return Math.min(3, voters.size());
    }

    /**
     * Replicas that must have a write before {@code acks=all} succeeds: two of three, so that one
     * node can be down without refusing writes and no acknowledged write lives on one disk only.
     */
    int minInSyncReplicas() {
        return replicationFactor() >= 3 ? 2 : 1;
    }

    static String joined(List<Voter> voters) {
        return String.join(",", voters.stream().map(Voter::toString).toList());
    }

    static LocalKafkaSettings parse(String... args) {
        LocalKafkaSettings settings = defaults();
        Path dataDir = settings.dataDir();
        String host = settings.host();
        int port = settings.port();
        int controllerPort = settings.controllerPort();
        int nodeId = 1;
        List<Voter> voters = null;
        String clusterId = null;
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
                case "--node-id" -> nodeId = parseNumber(option, value);
                case "--voters" -> voters = parseVoters(value);
                case "--cluster-id" -> clusterId = value;
                default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
            }
        }
        if (voters == null) {
            voters = List.of(new Voter(nodeId, host, controllerPort));
        }
        return new LocalKafkaSettings(dataDir, host, port, controllerPort, nodeId, voters, clusterId);
    }

    private static List<Voter> parseVoters(String value) {
        List<Voter> voters = new ArrayList<>();
        for (String entry : value.split(",", -1)) {
            voters.add(Voter.parse(entry));
        }
        return voters;
    }

    private static int parsePort(String option, String value) {
        int port = parseNumber(option, value);
        checkPort(option, port);
        return port;
    }

    private static int parseNumber(String option, String value) {
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
