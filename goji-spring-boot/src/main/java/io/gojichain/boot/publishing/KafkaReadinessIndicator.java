package io.gojichain.boot.publishing;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Readiness: UP while the broker answers, our topics exist and a transactional producer could open; DOWN otherwise,
 * so a load balancer stops sending writes this instance could only answer with 503. Registered as {@code kafka} in
 * the readiness group only: a restart does not bring Kafka back, so it is not part of liveness.
 *
 * <p>When it sees the cluster it has the topics created if they are not yet (startup may have happened without a
 * broker), and once opens a transactional producer, so that the broker's transaction coordinator is up (a fresh
 * broker creates its {@code __transaction_state} topic on first use) before this instance takes batches; the
 * producer goes back to the factory's cache for the first batch. Results are cached for {@link #CACHE} so frequent
 * probes do not hammer the broker, and one check waits at most about {@link #TIMEOUT} for the cluster.
 */
public class KafkaReadinessIndicator implements HealthIndicator, DisposableBean {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    static final Duration CACHE = Duration.ofSeconds(2);

    private final KafkaAdmin kafkaAdmin;

    private final TopicProvisioner topics;

    private final ProducerFactory<?, ?> producerFactory;

    private @Nullable Admin admin;

    private boolean transactionsReady;

    private @Nullable Health last;

    private long lastCheckedNanos;

    public KafkaReadinessIndicator(
            KafkaAdmin kafkaAdmin, TopicProvisioner topics, ProducerFactory<?, ?> producerFactory) {
        this.kafkaAdmin = kafkaAdmin;
        this.topics = topics;
        this.producerFactory = producerFactory;
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
        } catch (ExecutionException | TimeoutException | RuntimeException ex) {
            Throwable cause = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
            return unreachable(cause.getClass().getSimpleName());
        }
        if (nodes.isEmpty()) {
            return unreachable("the cluster reports no brokers");
        }
        boolean topicsCreated = this.topics.ensureCreated();
        boolean transactions = topicsCreated && transactionsReady();
        Health.Builder builder = topicsCreated && transactions ? Health.up() : Health.down();
        return builder.withDetail("nodes", nodes.size())
                .withDetail("topicsCreated", topicsCreated)
                .withDetail("transactionsReady", transactions)
                .build();
    }

    private Health unreachable(String reason) {
        this.topics.recheck();
        return Health.down()
                .withDetail("error", "Kafka unreachable: " + reason)
                .withDetail("bootstrapServers", bootstrapServers())
                .build();
    }

    private boolean transactionsReady() {
        if (!this.transactionsReady && this.producerFactory.transactionCapable()) {
            try {
                // Creating a transactional producer runs initTransactions (bounded by max.block.ms); closing it puts
                // it back in the factory's cache for the first batch.
                this.producerFactory.createProducer().close();
                this.transactionsReady = true;
            } catch (RuntimeException ex) {
                return false;
            }
        }
        return true;
    }

    private synchronized Admin admin() {
        Admin current = this.admin;
        if (current == null) {
            current = Admin.create(this.kafkaAdmin.getConfigurationProperties());
            this.admin = current;
        }
        return current;
    }

    private String bootstrapServers() {
        return String.valueOf(this.kafkaAdmin.getConfigurationProperties().get("bootstrap.servers"));
    }

    @Override
    public synchronized void destroy() {
        Admin current = this.admin;
        if (current != null) {
            current.close(Duration.ofSeconds(1));
        }
    }
}
