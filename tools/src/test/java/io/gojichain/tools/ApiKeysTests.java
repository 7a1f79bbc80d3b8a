package io.gojichain.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTests {

    @TempDir
    Path dir;

    @Test
    void eachPathGetsTheKeyOfItsRoleFromTheKeysFile() throws Exception {
        Path file = this.dir.resolve("keys.env");
        Files.writeString(file, """
                # written by ./goji up
                GOJI_INTEGRATOR_KEY=integrator.s1
                export GOJI_ANALYST_KEY='analyst.s2'
                GOJI_OPS_KEY="ops.s3"
                """);
        ApiKeys keys = ApiKeys.read(name -> null, file);

        assertThat(keys.keyFor(URI.create("http://127.0.0.1:8083/api/v1/sales/batch")))
                .isEqualTo("integrator.s1");
        assertThat(keys.keyFor(URI.create("http://127.0.0.1:8084/api/v1/insights/summary")))
                .isEqualTo("analyst.s2");
        assertThat(keys.keyFor(URI.create("http://127.0.0.1:8084/api/v1/trace/lots/L1")))
                .isEqualTo("analyst.s2");
        assertThat(keys.keyFor(URI.create("http://127.0.0.1:8084/actuator/prometheus")))
                .isEqualTo("ops.s3");
        assertThat(keys.keyFor(URI.create("http://127.0.0.1:8084/actuator/health/readiness")))
                .isNull();
    }

    @Test
    void theEnvironmentWinsAndNoKeyMeansNoHeader() {
        Map<String, String> env = Map.of("GOJI_ANALYST_KEY", "from.env");
        ApiKeys keys = ApiKeys.read(env::get, this.dir.resolve("absent"));
        assertThat(keys.keyFor(URI.create("http://h/api/v1/insights/summary"))).isEqualTo("from.env");
        assertThat(keys.keyFor(URI.create("http://h/api/v1/harvests"))).isNull();
        assertThat(keys.authorize(
                                java.net.http.HttpRequest.newBuilder(URI.create("http://h/api/v1/harvests")),
                                URI.create("http://h/api/v1/harvests"))
                        .build()
                        .headers()
                        .firstValue("Authorization"))
                .isEmpty();
    }
}
