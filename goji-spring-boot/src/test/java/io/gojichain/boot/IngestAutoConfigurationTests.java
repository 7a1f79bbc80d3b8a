package io.gojichain.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.boot.ingest.IngestAutoConfiguration;
import io.gojichain.boot.ingest.IngestEndpoints;
import io.gojichain.boot.ingest.IngestProperties;
import io.gojichain.boot.metrics.MeterNamingAutoConfiguration;
import io.gojichain.boot.metrics.PrometheusNaming;
import io.gojichain.boot.metrics.ResidentMemoryMetrics;
import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.boot.publishing.IngestMetrics;
import io.gojichain.boot.publishing.IngestPublishingAutoConfiguration;
import io.gojichain.boot.publishing.KafkaReadinessIndicator;
import io.gojichain.boot.publishing.TopicProvisioner;
import io.gojichain.boot.web.BodySizeLimitFilter;
import io.gojichain.boot.web.IngestValidator;
import io.gojichain.boot.web.IngestWebAutoConfiguration;
import io.gojichain.boot.web.ProblemDetailsAdvice;
import io.gojichain.contracts.EventType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Which beans the module contributes, and that each one gives way to an application's own: the auto-configurations
 * alone, without a server or a broker (nothing here connects).
 */
class IngestAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    MeterNamingAutoConfiguration.class,
                    IngestAutoConfiguration.class,
                    IngestPublishingAutoConfiguration.class,
                    IngestWebAutoConfiguration.class,
                    KafkaAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("spring.application.name=sales-service");

    private final WebApplicationContextRunner ingest =
            this.runner.withBean(IngestEndpoints.class, () -> IngestEndpoints.of("/api/v1/sales", EventType.SOLD));

    /** What KafkaAdmin will create (the holder keeps its list package-private). */
    @SuppressWarnings("unchecked")
    private static Collection<NewTopic> topics(KafkaAdmin.NewTopics holder) {
        return (Collection<NewTopic>) Objects.requireNonNull(ReflectionTestUtils.invokeMethod(holder, "getNewTopics"));
    }

    @Test
    void anApplicationThatIsNoIngestServiceGetsOnlyTheMeterNaming() {
        this.runner.run(context -> {
            assertThat(context).hasSingleBean(PrometheusNaming.class).hasSingleBean(ResidentMemoryMetrics.class);
            assertThat(context)
                    .doesNotHaveBean(IngestProperties.class)
                    .doesNotHaveBean(IngestMetrics.class)
                    .doesNotHaveBean(EventPublisher.class)
                    .doesNotHaveBean(ProblemDetailsAdvice.class)
                    .doesNotHaveBean(BodySizeLimitFilter.class)
                    .doesNotHaveBean(KafkaReadinessIndicator.class)
                    .doesNotHaveBean("gojiStrictJson");
        });
    }

    @Test
    void anIngestServiceGetsTheWebLayerThePublisherAndReadiness() {
        this.ingest.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context)
                    .hasSingleBean(IngestProperties.class)
                    .hasSingleBean(IngestMetrics.class)
                    .hasSingleBean(Clock.class)
                    .hasSingleBean(TopicProvisioner.class)
                    .hasSingleBean(EventPublisher.class)
                    .hasSingleBean(ProblemDetailsAdvice.class)
                    .hasSingleBean(BodySizeLimitFilter.class)
                    .hasSingleBean(IngestValidator.class)
                    .hasBean("gojiStrictJson")
                    .hasBean("kafka");
            assertThat(context.getBean("kafka")).isInstanceOf(KafkaReadinessIndicator.class);
            // The module's template, not Boot's: it may send outside a transaction.
            assertThat(context.getBean(KafkaTemplate.class).isAllowNonTransactional())
                    .isTrue();
            assertThat(topics(context.getBean(KafkaAdmin.NewTopics.class)))
                    .singleElement()
                    .satisfies(topic -> {
                        assertThat(topic.name()).isEqualTo("goji.sold.v1");
                        assertThat(topic.numPartitions()).isEqualTo(6);
                    });
        });
    }

    @Test
    void theDefaultsAreTheContractsAndPropertiesOverrideThem() {
        this.ingest.run(context -> {
            IngestProperties properties = context.getBean(IngestProperties.class);
            assertThat(properties).isEqualTo(IngestProperties.defaults());
            assertThat(properties.limits().maxBatchItems()).isEqualTo(1000);
            assertThat(properties.limits().maxBodyBytes()).isEqualTo(1_048_576);
            assertThat(properties.publish().timeout()).hasSeconds(5);
        });
        this.ingest
                .withPropertyValues("goji.limits.max-batch-items=10", "goji.topics.partitions=3")
                .run(context -> {
                    assertThat(context.getBean(IngestProperties.class).limits().maxBatchItems())
                            .isEqualTo(10);
                    assertThat(topics(context.getBean(KafkaAdmin.NewTopics.class)))
                            .singleElement()
                            .extracting(NewTopic::numPartitions)
                            .isEqualTo(3);
                });
    }

    @Test
    void everyBeanGivesWayToTheApplicationsOwn() {
        Clock fixed = Clock.fixed(Instant.parse("2026-09-02T00:00:00Z"), ZoneOffset.UTC);
        PrometheusNaming naming = new PrometheusNaming();
        this.ingest
                .withBean(Clock.class, () -> fixed)
                .withBean(PrometheusNaming.class, () -> naming)
                .withBean(BodySizeLimitFilter.class, () -> new BodySizeLimitFilter(IngestProperties.defaults()))
                .run(context -> {
                    assertThat(context.getBean(Clock.class)).isSameAs(fixed);
                    assertThat(context.getBean(PrometheusNaming.class)).isSameAs(naming);
                    assertThat(context).hasSingleBean(BodySizeLimitFilter.class);
                });
    }

    @Test
    void aServiceMayWriteOnlyTheTopicsTheCatalogueNamesItTheWriterOf() {
        this.ingest
                .withPropertyValues("spring.application.name=harvest-service")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("harvest-service takes sold events")
                        .hasMessageContaining("goji.sold.v1"));
    }
}
