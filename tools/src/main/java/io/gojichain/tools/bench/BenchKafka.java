package io.gojichain.tools.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * The few admin operations the bench needs: the partition count of a topic, its scratch topic, and
 * clean-up of what a run leaves on the broker (the perf topic, the replay's group and changelogs).
 */
final class BenchKafka implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    BenchKafka(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "goji-bench");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        this.admin = Admin.create(props);
    }

    Optional<Integer> partitions(String topic) throws InterruptedException {
        try {
            Map<String, TopicDescription> described =
                    this.admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return Optional.of(described.get(topic).partitions().size());
        } catch (ExecutionException | TimeoutException ex) {
            return Optional.empty();
        }
    }

    void createTopic(String topic, int partitions) throws InterruptedException, ExecutionException, TimeoutException {
        this.admin
                .createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                .all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Deletes topics and groups; what is already gone is fine. */
    void deleteQuietly(Set<String> topics, Set<String> groups) throws InterruptedException {
        try {
            if (!topics.isEmpty()) {
                this.admin.deleteTopics(topics).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException ex) {
            // best effort: a scratch topic left behind costs only disk
        }
        try {
            if (!groups.isEmpty()) {
                this.admin.deleteConsumerGroups(groups).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException ex) {
            // best effort
        }
    }

    /** Topics whose names start with {@code prefix} (a Streams application's internal topics). */
    Set<String> topicsStartingWith(String prefix) throws InterruptedException {
        try {
            return this.admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                    .filter(name -> name.startsWith(prefix))
                    .collect(Collectors.toSet());
        } catch (ExecutionException | TimeoutException ex) {
            return Set.of();
        }
    }

    @Override
    public void close() {
        this.admin.close(java.time.Duration.ofSeconds(5));
    }
}
