package io.gojichain.tools.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gojichain.contracts.EventType;
import io.gojichain.tools.UsageException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosOptionsTests {

    @Test
    void defaultsAreAModestLoadAndFaultsLongerThanThePublishTimeout() throws UsageException {
        ChaosOptions options = ChaosOptions.parse(List.of());

        assertThat(options.rate()).isEqualTo(40.0);
        assertThat(options.workers()).isEqualTo(16);
        assertThat(options.faultTime()).isGreaterThan(Duration.ofSeconds(5));
        assertThat(options.endpoint(EventType.SOLD, true).toString())
                .isEqualTo("http://127.0.0.1:8083/api/v1/sales/batch");
        assertThat(options.endpoint(EventType.HARVESTED, false).toString())
                .isEqualTo("http://127.0.0.1:8081/api/v1/harvests");
        assertThat(options.endpoint(EventType.JUICED, true).toString())
                .isEqualTo("http://127.0.0.1:8082/api/v1/processing/juiced/batch");
    }

    @Test
    void urlsAndTimesAreTakenAsGiven() throws UsageException {
        ChaosOptions options = ChaosOptions.parse(
                List.of("--processing-url", "http://127.0.0.1:18082/", "--fault-time", "7", "--rate", "5.5"));

        assertThat(options.endpoint(EventType.DRIED, false).toString())
                .isEqualTo("http://127.0.0.1:18082/api/v1/processing/dried");
        assertThat(options.faultTime()).isEqualTo(Duration.ofSeconds(7));
        assertThat(options.rate()).isEqualTo(5.5);
    }

    @Test
    void badValuesAreUsageErrors() {
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--rate", "0")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--rate");
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--sales-url", "ftp://x")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--sales-url");
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--brokers", "3")))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option --brokers");
    }
}
