package io.gojichain.insights.engine;

import io.gojichain.contracts.Topics;
import io.gojichain.insights.InsightsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.CleanupConfig;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Wires the topology into Spring Kafka's Streams factory bean. Boot builds the Streams
 * configuration from {@code spring.kafka.streams.*} (application id, exactly-once, commit interval,
 * cache, state dir); Boot's Kafka metrics auto-configuration binds the Streams metrics to Micrometer.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class StreamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StreamsConfiguration.class);

    private static final Duration CLUSTER_ID_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    EngineMetrics engineMetrics(MeterRegistry registry) {
        return new EngineMetrics(registry);
    }

    @Bean
    RebuildGate rebuildGate(KafkaStreamsConfiguration streamsConfig, KafkaAdmin admin, MeterRegistry registry) {
        String applicationId = streamsConfig.asProperties().getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        boolean rebuild =
                RebuildGate.needsRebuild(admin.getConfigurationProperties(), applicationId, CLUSTER_ID_TIMEOUT);
        if (rebuild) {
            log.info(
                    "{} has counted nothing yet: building the state from the event topics before answering",
                    applicationId);
        }
        return new RebuildGate(rebuild, registry);
    }

    @Bean
    RestoreProgress restoreProgress(MeterRegistry registry) {
        return new RestoreProgress(registry);
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer insightsTopologyConfigurer(
            InsightsProperties properties, EngineMetrics metrics, RestoreProgress restoreProgress, KafkaAdmin admin) {
        TopologySettings settings = new TopologySettings(
                properties.zone(), properties.dedupRetention(), properties.dedupPurgeInterval(), metrics);
        return factoryBean -> {
            guardStateDir(factoryBean, admin);
            factoryBean.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
                @Override
                public void configureBuilder(StreamsBuilder builder) {
                    InsightsTopology.build(builder, settings);
                }
            });
            factoryBean.setStateRestoreListener(restoreProgress);
            // a stream that just became RUNNING (after a restore, say) has not stalled yet
            factoryBean.setStateListener((newState, oldState) -> {
                if (newState == KafkaStreams.State.RUNNING) {
                    metrics.progressed();
                }
            });
            // Ask to leave the group on shutdown so that a restarted instance gets its partitions at
            // once. Measured: restarts still waited for the old member's session to expire, so
            // application.yml also shortens session.timeout.ms to 10 s (the 503 window after a restart).
            factoryBean.setLeaveGroupOnClose(true);
            factoryBean.setStreamsUncaughtExceptionHandler(exception -> {
                // A fresh broker may lack the topics (the admin could not create them at startup):
                // create them now and let a new stream thread join again, rather than leave a dead service.
                if (causedBy(exception, MissingSourceTopicException.class)) {
                    log.warn("Source topics missing; creating them and replacing the stream thread");
                    admin.initialize();
                } else {
                    // Records cannot get here (EventCounter dead-letters whatever they make fail), so
                    // this is the infrastructure: a store, the broker. StallWatch reports it if it repeats.
                    log.error("Stream thread failed; replacing it", exception);
                }
                metrics.threadReplaced();
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
        };
    }

    /** The four event topics and the dead-letter topic, so that Streams starts on a fresh broker. */
    @Bean
    KafkaAdmin.NewTopics insightsTopics(InsightsProperties properties) {
        InsightsProperties.Topics topics = properties.topics();
        return new KafkaAdmin.NewTopics(
                Stream.concat(Topics.EVENT_TOPICS.stream(), Stream.of(Topics.INSIGHTS_DEAD_LETTER))
                        .map(name -> TopicBuilder.name(name)
                                .partitions(topics.partitions())
                                .replicas(topics.replicationFactor())
                                .build())
                        .toArray(NewTopic[]::new));
    }

    /** Wipes the local state before starting when it was written against another cluster. */
    private static void guardStateDir(StreamsBuilderFactoryBean factoryBean, KafkaAdmin admin) {
        Properties config = factoryBean.getStreamsConfiguration();
        if (config == null) {
            return;
        }
        String stateDir = config.getProperty(StreamsConfig.STATE_DIR_CONFIG);
        String applicationId = config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        if (stateDir == null || applicationId == null) {
            return;
        }
        String clusterId = StateDirGuard.clusterId(admin.getConfigurationProperties(), CLUSTER_ID_TIMEOUT);
        if (clusterId == null) {
            return;
        }
        StateDirGuard guard = new StateDirGuard(Path.of(stateDir), applicationId);
        if (guard.belongsToAnotherCluster(clusterId)) {
            log.warn(
                    "The state in {} was built against another Kafka cluster; wiping it to rebuild from cluster {}",
                    stateDir,
                    clusterId);
            factoryBean.setCleanupConfig(new CleanupConfig(true, false));
        }
        guard.record(clusterId);
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
