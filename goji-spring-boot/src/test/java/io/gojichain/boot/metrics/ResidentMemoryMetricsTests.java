package io.gojichain.boot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resident-memory gauge reads VmRSS (kibibytes) and stays away where there is no such file. */
class ResidentMemoryMetricsTests {

    @TempDir
    Path dir;

    @Test
    void vmRssIsReportedInBytes() throws Exception {
        Path status = Files.writeString(
                this.dir.resolve("status"), "Name:\tjava\nVmPeak:\t 9999999 kB\nVmRSS:\t  204800 kB\nThreads:\t42\n");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new ResidentMemoryMetrics(status).bindTo(registry);

        assertThat(registry.get("process.resident.memory").gauge().value()).isEqualTo(204_800 * 1024.0);
        assertThat(registry.get("process.resident.memory").gauge().getId().getBaseUnit())
                .isEqualTo("bytes");
    }

    @Test
    void withoutProcTheGaugeIsNotRegistered() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new ResidentMemoryMetrics(this.dir.resolve("missing")).bindTo(registry);

        assertThat(registry.find("process.resident.memory").gauge()).isNull();
    }
}
