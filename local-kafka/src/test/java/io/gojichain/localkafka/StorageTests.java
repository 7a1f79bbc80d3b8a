package io.gojichain.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTests {

    @TempDir
    Path dir;

    @Test
    void formatsAFreshDirectoryOnceAndLeavesItAloneAfterwards() throws IOException {
        LocalKafkaSettings settings = new LocalKafkaSettings(dir.resolve("kafka"), "127.0.0.1", 9092, 9093);
        ServerProperties.write(ServerProperties.of(settings), settings.serverProperties());
        assertThat(Storage.isFormatted(settings.logDir())).isFalse();

        boolean first = Storage.formatIfNeeded(settings.serverProperties(), settings.logDir(), null);
        Properties meta = metaProperties(settings.logDir());
        Path marker = Files.writeString(settings.logDir().resolve("data-that-must-survive"), "x");

        boolean second = Storage.formatIfNeeded(settings.serverProperties(), settings.logDir(), null);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(Storage.isFormatted(settings.logDir())).isTrue();
        assertThat(meta.getProperty("node.id")).isEqualTo("1");
        assertThat(meta.getProperty("cluster.id")).hasSize(22); // a base64 Kafka Uuid
        // Same cluster identity and untouched data: the second call did not format again.
        assertThat(metaProperties(settings.logDir())).isEqualTo(meta);
        assertThat(marker).hasContent("x");
    }

    private static Properties metaProperties(Path logDir) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(logDir.resolve(Storage.META_PROPERTIES))) {
            properties.load(in);
        }
        return properties;
    }
}
