package io.gojichain.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerPropertiesTests {

    @TempDir
    Path dir;

    @Test
    void singleNodeKraftOnLoopbackWithReplicationFactorOneEverywhere() {
        LocalKafkaSettings settings = new LocalKafkaSettings(dir, "127.0.0.1", 9092, 9093);

        Properties properties = ServerProperties.of(settings);

        assertThat(properties)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("process.roles", "broker,controller"),
                        Map.entry("node.id", "1"),
                        Map.entry("controller.quorum.voters", "1@127.0.0.1:9093"),
                        Map.entry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093"),
                        Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092"),
                        Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                        Map.entry("controller.listener.names", "CONTROLLER"),
                        Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                        Map.entry("log.dirs", dir.resolve("logs").toString()),
                        Map.entry("num.partitions", "6"),
                        Map.entry("default.replication.factor", "1"),
                        Map.entry("min.insync.replicas", "1"),
                        Map.entry("offsets.topic.replication.factor", "1"),
                        Map.entry("transaction.state.log.replication.factor", "1"),
                        Map.entry("transaction.state.log.min.isr", "1"),
                        Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                        Map.entry("share.coordinator.state.topic.min.isr", "1"),
                        Map.entry("group.initial.rebalance.delay.ms", "0")));
    }

    @Test
    void aNodeOfAThreeNodeClusterKeepsThreeCopiesAndNeedsTwoForAWrite() {
        LocalKafkaSettings settings = LocalKafkaSettings.parse(
                "--data-dir",
                dir.toString(),
                "--port",
                "9094",
                "--controller-port",
                "9095",
                "--node-id",
                "2",
                "--voters",
                "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097",
                "--cluster-id",
                "Z29qaS1jaGFpbi1pbnNpZw");

        Properties properties = ServerProperties.of(settings);

        assertThat(properties)
                .containsEntry("node.id", "2")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9094,CONTROLLER://127.0.0.1:9095")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9094")
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("share.coordinator.state.topic.replication.factor", "3")
                .containsEntry("share.coordinator.state.topic.min.isr", "2");
        assertThat(new KafkaConfig(properties, false).nodeId()).isEqualTo(2);
    }

    @Test
    void kafkaAcceptsTheConfiguration() {
        Properties properties = ServerProperties.of(new LocalKafkaSettings(dir, "127.0.0.1", 29092, 29093));

        // KafkaConfig validates roles, listeners and quorum settings together, as the broker will.
        KafkaConfig config = new KafkaConfig(properties, false);

        assertThat(config.nodeId()).isEqualTo(1);
        assertThat(config.numPartitions()).isEqualTo(6);
        assertThat(config.metadataLogDir()).isEqualTo(dir.resolve("logs").toString());
    }

    @Test
    void writtenFileReadsBackAsTheSameProperties() throws IOException {
        LocalKafkaSettings settings = new LocalKafkaSettings(dir.resolve("kafka"), "127.0.0.1", 9092, 9093);
        Properties properties = ServerProperties.of(settings);

        ServerProperties.write(properties, settings.serverProperties());
        ServerProperties.write(properties, settings.serverProperties());

        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(settings.serverProperties())) {
            read.load(in);
        }
        assertThat(read).isEqualTo(properties);
        assertThat(Files.readString(settings.serverProperties())).startsWith("# Written by");
        assertThat(settings.dataDir()).isDirectoryContaining(p -> p.endsWith("server.properties"));
        assertThat(settings.dataDir().resolve("server.properties.tmp")).doesNotExist();
    }
}
