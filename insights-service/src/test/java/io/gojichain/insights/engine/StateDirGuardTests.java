package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirGuardTests {

    @TempDir
    Path stateDir;

    @Test
    void aFreshStateDirBelongsToNoOtherCluster() {
        assertThat(new StateDirGuard(this.stateDir.resolve("new"), "insights-service").belongsToAnotherCluster("A"))
                .isFalse();
    }

    @Test
    void stateRecordedForOneClusterBelongsToAnotherOneOnly() throws Exception {
        StateDirGuard guard = new StateDirGuard(this.stateDir, "insights-service");
        guard.record("cluster-A");

        assertThat(guard.belongsToAnotherCluster("cluster-A")).isFalse();
        assertThat(guard.belongsToAnotherCluster("cluster-B")).isTrue();
        // kept outside the application's directory, which a Streams clean-up deletes
        assertThat(Files.readString(this.stateDir.resolve(".cluster-id-insights-service")))
                .isEqualTo("cluster-A");
        assertThat(new StateDirGuard(this.stateDir, "other-app").belongsToAnotherCluster("cluster-B"))
                .isFalse();
    }
}
