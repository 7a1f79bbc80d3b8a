package io.gojichain.insights.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local state directory is a cache of one Kafka cluster's changelog topics. Started against
 * another cluster (say, a local broker whose data was deleted), Kafka Streams trusts the local
 * checkpoints of every store whose new changelog is not ahead of them, and old counts would mix
 * with new ones. This guard remembers the cluster id next to the state (outside the directory
 * Kafka Streams cleans up) and asks for a clean start when it differs; the stores are then rebuilt
 * from the cluster the service talks to.
 */
final class StateDirGuard {

    private static final Logger log = LoggerFactory.getLogger(StateDirGuard.class);

    private final Path marker;

    StateDirGuard(Path stateDir, String applicationId) {
        this.marker = stateDir.resolve(".cluster-id-" + applicationId);
    }

    /** True when the local state was last written against a cluster other than {@code clusterId}. */
    boolean belongsToAnotherCluster(String clusterId) {
        if (!Files.isRegularFile(this.marker)) {
            return false;
        }
        try {
            return !Files.readString(this.marker, StandardCharsets.UTF_8).trim().equals(clusterId);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void record(String clusterId) {
        try {
            Files.createDirectories(this.marker.getParent());
            Files.writeString(this.marker, clusterId, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The id of the cluster, or null when it cannot be reached within {@code timeout}. */
    static @Nullable String clusterId(Map<String, Object> adminConfig, Duration timeout) {
        Map<String, Object> config = new HashMap<>(adminConfig);
        int millis = (int) timeout.toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        try (Admin admin = Admin.create(config)) {
            return admin.describeCluster().clusterId().get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception ex) {
            log.info("Could not reach Kafka to check which cluster the local state belongs to: {}", ex.toString());
            return null;
        }
    }
}
