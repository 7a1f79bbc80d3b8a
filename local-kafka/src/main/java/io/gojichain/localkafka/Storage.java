package io.gojichain.localkafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * KRaft refuses to start on an unformatted log directory, and formatting again would wipe the
 * cluster's identity: so format exactly once, on the first start, and keep the data afterwards.
 */
final class Storage {

    private static final Logger log = LoggerFactory.getLogger(Storage.class);

    /** Written by the formatter into every formatted log directory. */
    static final String META_PROPERTIES = "meta.properties";

    private Storage() {}

    static boolean isFormatted(Path logDir) {
        return Files.isRegularFile(logDir.resolve(META_PROPERTIES));
    }

    /**
     * Formats the log directory named in {@code serverProperties} unless it already is, with the
     * given cluster id or, when null, a new random one.
     *
     * @return true when this call formatted it
     */
    static boolean formatIfNeeded(Path serverProperties, Path logDir, @Nullable String givenClusterId)
            throws IOException {
        if (isFormatted(logDir)) {
            return false;
        }
        Files.createDirectories(logDir);
        // The nodes of a cluster share the id they are given; a single node makes its own.
        String clusterId =
                givenClusterId != null ? givenClusterId : Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        // The same code path as `kafka-storage.sh format`, minus its System.exit.
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(
                    new String[] {"format", "--cluster-id", clusterId, "--config", serverProperties.toString()}, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("formatting " + logDir + " failed: " + e.getMessage(), e);
        }
        String printed = output.toString(StandardCharsets.UTF_8).strip();
        if (exitCode != 0) {
            throw new IllegalStateException("formatting " + logDir + " failed (exit " + exitCode + "): " + printed);
        }
        log.info("Formatted {} for new cluster {}: {}", logDir, clusterId, printed);
        return true;
    }
}
