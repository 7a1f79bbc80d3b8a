package io.gojichain.processing.publishing;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Readiness: can the service reach a Kafka broker? Asks the cluster for its nodes with a short
 * timeout and keeps the answer for a moment, so a burst of probes costs the broker one request.
 * The first time it sees the cluster (again) it lets KafkaAdmin create any missing topics, so a
 * service started before its broker still gets its topics with the configured partitions.
 * Registered as {@code kafka} (bean name minus the suffix) in the readiness group only: a broker
 * outage must take instances out of the load balancer, not get them restarted.
 */
@Component("kafkaHealthIndicator")
class KafkaReadinessIndicator implements HealthIndicator, DisposableBean {

    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

    static final Duration CACHE_FOR = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(KafkaReadinessIndicator.class);

    private final KafkaAdmin kafkaAdmin;

    private final Object lock = new Object();

    private @Nullable Admin admin;

    private @Nullable Health cached;

    private long cachedAtNanos;

    private boolean topicsEnsured;

    KafkaReadinessIndicator(KafkaAdmin kafkaAdmin) {
        this.kafkaAdmin = kafkaAdmin;
    }

    @Override
    public Health health() {
        synchronized (this.lock) {
            long now = System.nanoTime();
            if (this.cached != null && now - this.cachedAtNanos < CACHE_FOR.toNanos()) {
                return this.cached;
            }
            Health health = check();
            this.cached = health;
            this.cachedAtNanos = System.nanoTime();
            return health;
        }
    }

    private Health check() {
        try {
            Collection<Node> nodes = admin().describeCluster(
                            new DescribeClusterOptions().timeoutMs((int) CHECK_TIMEOUT.toMillis()))
                    .nodes()
                    .get(CHECK_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                return down("the cluster reports no brokers");
            }
            if (!this.topicsEnsured) {
                this.topicsEnsured = ensureTopics();
            }
            if (!this.topicsEnsured) {
                // Writing now would let the broker auto-create them with its own defaults.
                return down("the topics could not be created yet (see the log)");
            }
            return Health.up()
                    .withDetail("brokers", nodes.size())
                    .withDetail("topics", "ready")
                    .build();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return down("interrupted while asking the cluster");
        } catch (ExecutionException | TimeoutException | RuntimeException ex) {
            return down("no broker answered within " + CHECK_TIMEOUT.toSeconds() + " s");
        }
    }

    private boolean ensureTopics() {
        try {
            return this.kafkaAdmin.initialize();
        } catch (RuntimeException ex) {
            log.warn("Could not create the topics yet: {}", ex.getMessage());
            return false;
        }
    }

    private Health down(String reason) {
        // A broker that comes back may have lost its topics (a fresh dev broker): check them again then.
        this.topicsEnsured = false;
        return Health.down().withDetail("error", reason).build();
    }

    private Admin admin() {
        if (this.admin == null) {
            this.admin = Admin.create(this.kafkaAdmin.getConfigurationProperties());
        }
        return this.admin;
    }

    @Override
    public void destroy() {
        synchronized (this.lock) {
            if (this.admin != null) {
                this.admin.close(Duration.ofSeconds(1));
            }
        }
    }
}
