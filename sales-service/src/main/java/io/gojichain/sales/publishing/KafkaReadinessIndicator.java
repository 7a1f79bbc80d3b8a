package io.gojichain.sales.publishing;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Readiness: UP while the Kafka cluster answers and our topic exists, so a load balancer stops
 * sending writes that could only end in 503. Not part of liveness: restarting the service would
 * not bring Kafka back.
 *
 * <p>The answer is cached briefly so frequent probes do not hammer the broker. When the cluster is
 * first reachable (e.g. Kafka was down when the service started) the topic is created here.
 */
@Component("kafka")
class KafkaReadinessIndicator implements HealthIndicator {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

    private static final Duration CACHE_FOR = Duration.ofSeconds(2);

    private final KafkaAdmin kafkaAdmin;

    private final Map<String, Object> adminConfig;

    private @Nullable Health cached;

    private long cachedAt;

    private boolean topicsReady;

    KafkaReadinessIndicator(KafkaAdmin kafkaAdmin) {
        this.kafkaAdmin = kafkaAdmin;
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CHECK_TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CHECK_TIMEOUT.toMillis());
        this.adminConfig = Map.copyOf(config);
    }

    @Override
    public synchronized Health health() {
        long now = System.nanoTime();
        if (this.cached != null && now - this.cachedAt < CACHE_FOR.toNanos()) {
            return this.cached;
        }
        this.cached = check();
        this.cachedAt = System.nanoTime();
        return this.cached;
    }

    private Health check() {
        Collection<Node> nodes;
        // A client per check rather than a long-lived one: an idle client would keep retrying (and
        // logging) in the background while Kafka is down, although nobody asks.
        Admin admin = Admin.create(this.adminConfig);
        try {
            nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) CHECK_TIMEOUT.toMillis()))
                    .nodes()
                    .get(CHECK_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        } catch (ExecutionException | TimeoutException ex) {
            this.topicsReady = false;
            return Health.down()
                    .withDetail("error", "Kafka cluster unreachable within " + CHECK_TIMEOUT.toMillis() + " ms")
                    .build();
        } finally {
            admin.close(Duration.ZERO);
        }
        if (!this.topicsReady) {
            try {
                // Idempotent: creates what is missing, leaves existing topics as they are.
                this.topicsReady = this.kafkaAdmin.initialize();
            } catch (RuntimeException ex) {
                this.topicsReady = false;
            }
        }
        Health.Builder health = this.topicsReady ? Health.up() : Health.down();
        health.withDetail("nodes", nodes.size());
        if (!this.topicsReady) {
            health.withDetail("error", "topic " + Topics.of(EventType.SOLD) + " could not be created yet");
        }
        return health.build();
    }
}
