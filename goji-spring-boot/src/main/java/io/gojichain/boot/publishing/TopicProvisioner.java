package io.gojichain.boot.publishing;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Makes sure our topics exist, with our partition count, before the first record is sent to them.
 *
 * <p>Why not leave it to KafkaAdmin at startup: the service may start while the broker is down. And why not send
 * anyway: a producer's metadata requests let the broker auto-create a missing topic with the BROKER's default
 * partition count (often 1); KafkaAdmin would later grow it to 6, which moves keys between partitions. So nothing is
 * sent until the topics were created here (or found), and attempts against an unreachable broker are spaced out.
 */
public class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    /** After a failed attempt, callers fail fast for this long instead of queueing up new admin connections. */
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final KafkaAdmin kafkaAdmin;

    private volatile boolean created;

    private long lastFailureNanos;

    private boolean failedBefore;

    public TopicProvisioner(KafkaAdmin kafkaAdmin) {
        this.kafkaAdmin = kafkaAdmin;
    }

    /** True once the topics exist; otherwise tries to create them (bounded by the admin operation timeout). */
    boolean ensureCreated() {
        if (this.created) {
            return true;
        }
        synchronized (this) {
            if (this.created) {
                return true;
            }
            if (this.failedBefore && System.nanoTime() - this.lastFailureNanos < RETRY_PAUSE.toNanos()) {
                return false;
            }
            boolean ok;
            try {
                ok = this.kafkaAdmin.initialize();
            } catch (RuntimeException ex) {
                log.debug("Topics not created yet: {}", ex.getMessage());
                ok = false;
            }
            this.created = ok;
            if (!ok) {
                this.failedBefore = true;
                this.lastFailureNanos = System.nanoTime();
            }
            return ok;
        }
    }

    /**
     * The cluster was unreachable: check the topics again before the next send, because the broker that comes back
     * may be a fresh one without them (a wiped dev broker), which would otherwise auto-create them on that send.
     */
    void recheck() {
        this.created = false;
    }

    boolean isCreated() {
        return this.created;
    }
}
