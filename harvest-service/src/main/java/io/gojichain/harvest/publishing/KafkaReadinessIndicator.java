package io.gojichain.harvest.publishing;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Readiness: UP while the broker answers and our topics exist, DOWN otherwise, so a load balancer stops sending
 * writes this instance could only answer with 503. Not part of liveness: a restart does not bring Kafka back.
 *
 * <p>When it sees the cluster it has the topics created if they are not yet (startup may have happened without a
 * broker). Results are cached for {@link #CACHE} so frequent probes do not hammer the broker, and one check waits at
 * most {@link #TIMEOUT}.
 */
@Component("kafka")
class KafkaReadinessIndicator implements HealthIndicator, DisposableBean {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    static final Duration CACHE = Duration.ofSeconds(2);

    private final KafkaAdmin kafkaAdmin;

    private final TopicProvisioner topics;

    private @Nullable Admin admin;

    private @Nullable Health last;

    private long lastCheckedNanos;

    KafkaReadinessIndicator(KafkaAdmin kafkaAdmin, TopicProvisioner topics) {
        this.kafkaAdmin = kafkaAdmin;
        this.topics = topics;
    }

    @Override
    public synchronized Health health() {
        // Synchronized: concurrent probes wait for the one check in flight and then share its result.
        long now = System.nanoTime();
        Health cached = this.last;
        if (cached != null && now - this.lastCheckedNanos < CACHE.toNanos()) {
            return cached;
        }
        Health health = check();
        this.last = health;
        this.lastCheckedNanos = System.nanoTime();
        return health;
    }

    private Health check() {
        Collection<Node> nodes;
        try {
            nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes()
                    .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException ex) {
            Throwable cause = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
            return Health.down()
                    .withDetail(
                            "error", "Kafka unreachable: " + cause.getClass().getSimpleName())
                    .withDetail("bootstrapServers", bootstrapServers())
                    .build();
        }
        boolean topicsCreated = this.topics.ensureCreated();
        Health.Builder builder = topicsCreated ? Health.up() : Health.down();
        return builder.withDetail("nodes", nodes.size())
                .withDetail("topicsCreated", topicsCreated)
                .build();
    }

    private synchronized Admin admin() {
        Admin current = this.admin;
        if (current == null) {
            current = AdminClient.create(this.kafkaAdmin.getConfigurationProperties());
            this.admin = current;
        }
        return current;
    }

    private String bootstrapServers() {
        Object servers = this.kafkaAdmin.getConfigurationProperties().get("bootstrap.servers");
        return String.valueOf(servers);
    }

    @Override
    public synchronized void destroy() {
        Admin current = this.admin;
        if (current != null) {
            current.close(Duration.ofSeconds(1));
        }
    }
}
