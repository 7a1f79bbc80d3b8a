package io.gojichain.localkafka;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The configuration of one node of a local KRaft cluster: every process is broker and controller,
 * a single node or each of a small cluster on loopback ports.
 */
final class ServerProperties {

    private ServerProperties() {}

    static Properties of(LocalKafkaSettings settings) {
        Map<String, String> p = new TreeMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(settings.nodeId()));
        // A static quorum: no dynamic-quorum bootstrap to get wrong on restarts.
        p.put("controller.quorum.voters", LocalKafkaSettings.joined(settings.voters()));
        p.put(
                "listeners",
                "PLAINTEXT://" + settings.host() + ":" + settings.port() + ",CONTROLLER://" + settings.host() + ":"
                        + settings.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://" + settings.host() + ":" + settings.port());
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", settings.logDir().toString());

        // Internal topics get no more replicas than there are nodes, or the first consumer group,
        // transaction or share group would wait forever for replicas that never come; with three
        // nodes everything is kept three times and a write needs two of them (one node may be down).
        String replicas = String.valueOf(settings.replicationFactor());
        String minIsr = String.valueOf(settings.minInSyncReplicas());
        p.put("num.partitions", "6");
        p.put("default.replication.factor", replicas);
        p.put("min.insync.replicas", minIsr);
        p.put("offsets.topic.replication.factor", replicas);
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        // Nobody else joins a local group: do not make the first consumer wait 3 s for them.
        p.put("group.initial.rebalance.delay.ms", "0");

        Properties properties = new Properties();
        properties.putAll(p);
        return properties;
    }

    /**
     * Writes the file for people and tools to read; the broker itself gets the same properties in
     * memory. Rewritten on every start because ports may change between runs.
     */
    static void write(Properties properties, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("# Written by io.gojichain.localkafka.LocalKafka at every start: edits are overwritten.\n");
            for (Map.Entry<String, String> e : new TreeMap<>(asMap(properties)).entrySet()) {
                out.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
