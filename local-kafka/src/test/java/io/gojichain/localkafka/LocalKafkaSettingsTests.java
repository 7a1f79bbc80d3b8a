package io.gojichain.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalKafkaSettingsTests {

    @Test
    void defaultsAreTheDocumentedLoopbackPortsAndTheGojiDataFolder() {
        LocalKafkaSettings settings = LocalKafkaSettings.parse();

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(9092);
        assertThat(settings.controllerPort()).isEqualTo(9093);
        assertThat(settings.dataDir())
                .isEqualTo(Path.of("").toAbsolutePath().resolve(".goji").resolve("kafka"));
        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void everyOptionOverridesItsDefault() {
        LocalKafkaSettings settings = LocalKafkaSettings.parse(
                "--data-dir", "/var/tmp/k", "--port", "19092", "--controller-port", "19093", "--host", "localhost");

        assertThat(settings).isEqualTo(new LocalKafkaSettings(Path.of("/var/tmp/k"), "localhost", 19092, 19093));
        assertThat(settings.logDir()).isEqualTo(Path.of("/var/tmp/k/logs"));
        assertThat(settings.serverProperties()).isEqualTo(Path.of("/var/tmp/k/server.properties"));
    }

    @Test
    void relativeDataDirIsMadeAbsoluteBecauseKafkaWouldResolveItAgainstItsOwnWorkingDirectory() {
        LocalKafkaSettings settings = LocalKafkaSettings.parse("--data-dir", "x/../data");

        assertThat(settings.dataDir()).isEqualTo(Path.of("").toAbsolutePath().resolve("data"));
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndBadPorts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse("--prot", "1"))
                .withMessageStartingWith("unknown option --prot");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse("--port"))
                .withMessageStartingWith("missing value after --port");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse("--port", "90x2"))
                .withMessage("--port must be a number, got '90x2'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse("--controller-port", "70000"))
                .withMessage("--controller-port must be between 1 and 65535, got 70000");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse("--port", "9093"))
                .withMessage("--port and --controller-port must differ, both are 9093");
    }

    @Test
    void aClusterNodeNamesItsIdTheQuorumAndTheSharedClusterId() {
        LocalKafkaSettings settings = LocalKafkaSettings.parse(
                "--port",
                "9096",
                "--controller-port",
                "9097",
                "--node-id",
                "3",
                "--voters",
                "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097",
                "--cluster-id",
                "Z29qaS1jaGFpbi1pbnNpZw");

        assertThat(settings.nodeId()).isEqualTo(3);
        assertThat(settings.voters())
                .extracting(LocalKafkaSettings.Voter::toString)
                .containsExactly("1@127.0.0.1:9093", "2@127.0.0.1:9095", "3@127.0.0.1:9097");
        assertThat(settings.clusterId()).isEqualTo("Z29qaS1jaGFpbi1pbnNpZw");
        assertThat(settings.replicationFactor()).isEqualTo(3);
        assertThat(settings.minInSyncReplicas()).isEqualTo(2);
    }

    @Test
    void aSingleNodeKeepsOneCopyAndMakesItsOwnClusterId() {
        LocalKafkaSettings settings = LocalKafkaSettings.parse();

        assertThat(settings.nodeId()).isEqualTo(1);
        assertThat(settings.voters())
                .extracting(LocalKafkaSettings.Voter::toString)
                .containsExactly("1@127.0.0.1:9093");
        assertThat(settings.clusterId()).isNull();
        assertThat(settings.replicationFactor()).isEqualTo(1);
        assertThat(settings.minInSyncReplicas()).isEqualTo(1);
    }

    @Test
    void rejectsAQuorumWithoutThisNodeATwiceNamedNodeOrNoClusterId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse(
                        "--node-id", "2", "--voters", "1@127.0.0.1:9093,3@127.0.0.1:9097", "--cluster-id", "x"))
                .withMessage("--voters 1@127.0.0.1:9093,3@127.0.0.1:9097 must list this node as 2@127.0.0.1:9093"
                        + " (--node-id, --host, --controller-port)");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        LocalKafkaSettings.parse("--voters", "1@127.0.0.1:9093,1@127.0.0.1:9095", "--cluster-id", "x"))
                .withMessage("--voters names a node id twice: 1@127.0.0.1:9093,1@127.0.0.1:9095");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse("--voters", "1@127.0.0.1:9093,2@127.0.0.1:9095"))
                .withMessage("a node of a 2-node cluster needs --cluster-id");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse("--voters", "1@127.0.0.1"))
                .withMessage("--voters takes ID@HOST:PORT entries, not '1@127.0.0.1'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalKafkaSettings.parse("--node-id", "0"))
                .withMessage("--node-id must be 1 or more, got 0");
    }
}
