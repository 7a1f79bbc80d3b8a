package io.gojichain.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml cannot run here (no Docker engine): check what a reader of the file relies on.
 * .ci/check-compose adds docker-compose's own schema validation where docker-compose is installed.
 */
class ComposeFileTests {

    private static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "harvest-service", 8081,
            "processing-service", 8082,
            "sales-service", 8083,
            "insights-service", 8084);

    private static Path root;

    private static Map<String, Object> compose;

    private static Map<String, Object> services;

    @BeforeAll
    static void load() throws IOException {
        root = repositoryRoot();
        try (Reader in = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        services = map(compose.get("services"), "services");
    }

    @Test
    void hasTheBrokerAndTheFourServices() {
        assertThat(services)
                .containsKeys("kafka", "harvest-service", "processing-service", "sales-service", "insights-service");
        // docker-compose 1.29 rejects a top-level name.
        assertThat(compose).doesNotContainKey("name");
    }

    @Test
    void twoInsightsInstancesEachNameWhereTheyAnswerAndShareOneImage() {
        for (String name : List.of("insights-service", "insights-service-2")) {
            Map<String, Object> instance = map(services.get(name), name);
            assertThat(instance.get("command"))
                    .as(name + " tells the other instance where it answers")
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains(
                            "--spring.kafka.streams.properties.application.server=" + name + ":8084",
                            "--spring.kafka.streams.properties.num.standby.replicas=1");
            assertThat(instance.get("image")).isEqualTo("goji/insights-service:0.1.0-SNAPSHOT");
        }
        assertThat(map(services.get("insights-service-2"), "insights-service-2").get("ports"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("127.0.0.1:8085:8084");
    }

    @Test
    void everyServiceReadsTheKeyStoreAndPrometheusScrapesWithTheOpsKey() {
        for (String name : List.of(
                "harvest-service", "processing-service", "sales-service", "insights-service", "insights-service-2")) {
            assertThat(environment(name)).as(name).containsEntry("GOJI_SECURITY_KEYS_FILE", "/run/secrets/goji-keys");
            assertThat(secretNames(name)).as(name).contains("goji-keys");
        }
        for (String name : List.of("insights-service", "insights-service-2")) {
            // the internal key as the property goji.insights.gather.credentials (a config tree)
            assertThat(environment(name)).containsEntry("SPRING_CONFIG_IMPORT", "optional:configtree:/run/secrets/");
            assertThat(map(services.get(name), name).get("secrets"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains(Map.of("source", "goji-internal-key", "target", "goji.insights.gather.credentials"));
        }
        assertThat(secretNames("prometheus")).contains("goji-ops-key");
        Map<String, Object> secrets = map(compose.get("secrets"), "secrets");
        assertThat(map(secrets.get("goji-keys"), "goji-keys")).containsEntry("file", "./.goji/keys");
        assertThat(map(secrets.get("goji-ops-key"), "goji-ops-key"))
                .containsEntry("file", "./.goji/prometheus/goji-ops.key");
        assertThat(map(secrets.get("goji-internal-key"), "goji-internal-key"))
                .containsEntry("file", "./.goji/internal.key");
    }

    private static List<String> secretNames(String service) {
        Object secrets = map(services.get(service), service).get("secrets");
        assertThat(secrets).as(service + " secrets").isInstanceOf(List.class);
        return ((List<?>) secrets)
                .stream()
                        .map(secret -> secret instanceof Map<?, ?> longForm
                                ? String.valueOf(longForm.get("source"))
                                : String.valueOf(secret))
                        .toList();
    }

    @Test
    void everyImageHasAPinnedTag() {
        services.forEach((name, value) -> {
            Map<String, Object> service = map(value, name);
            assertThat(service).as(name + " names its image").containsKey("image");
            assertPinned(name, (String) service.get("image"));
        });
    }

    @Test
    void brokerImageIsTheKafkaVersionTheProjectBuildsWith() {
        assertThat(map(services.get("kafka"), "kafka").get("image"))
                .isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
    }

    @Test
    void serviceBaseImageIsPinned() throws IOException {
        List<String> from = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("docker/service.Dockerfile"))) {
            if (line.startsWith("FROM ")) {
                from.add(line.substring("FROM ".length()).trim().split("\\s+")[0]);
            }
        }
        assertThat(from).isNotEmpty().allSatisfy(image -> {
            assertPinned("docker/service.Dockerfile", image);
            assertThat(image).startsWith("eclipse-temurin:17.");
        });
    }

    @Test
    void brokerHasAHealthcheckAndAnInternalListenerForTheServices() {
        Map<String, Object> kafka = map(services.get("kafka"), "kafka");
        Map<String, Object> healthcheck = map(kafka.get("healthcheck"), "kafka healthcheck");
        assertThat(healthcheck.get("test").toString()).contains("kafka-broker-api-versions.sh", "kafka:19092");
        assertThat(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://kafka:19092");
    }

    @Test
    void servicesWaitForAHealthyBrokerAndUseItsInternalListener() {
        SERVICE_PORTS.keySet().forEach(name -> {
            Map<String, Object> service = map(services.get(name), name);
            Map<String, Object> dependsOn = map(service.get("depends_on"), name + " depends_on");
            assertThat(map(dependsOn.get("kafka"), name + " depends_on kafka"))
                    .as(name)
                    .containsEntry("condition", "service_healthy");
            assertThat(environment(name)).as(name).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:19092");
            assertThat(service).as(name + " is built by the project").containsKey("build");
            assertThat(map(service.get("healthcheck"), name + " healthcheck")
                            .get("test")
                            .toString())
                    .as(name)
                    .contains("/actuator/health/readiness");
        });
    }

    @Test
    void servicesPublishTheirDocumentedPorts() {
        SERVICE_PORTS.forEach((name, port) -> {
            List<?> ports = (List<?>) map(services.get(name), name).get("ports");
            assertThat(ports)
                    .as(name)
                    .anySatisfy(mapping ->
                            assertThat(mapping.toString()).matches("(127\\.0\\.0\\.1:)?" + port + ":" + port));
            assertThat(environment(name)).as(name).containsEntry("SERVER_PORT", String.valueOf(port));
        });
    }

    /** The override of docker-compose.cluster.yml, read as docker-compose merges it: maps key by key. */
    @Test
    void clusterOverrideRunsThreeVotersWithThreeReplicasAndTwoForAWrite() throws IOException {
        Map<String, Object> cluster;
        try (Reader in = Files.newBufferedReader(root.resolve("docker-compose.cluster.yml"))) {
            cluster = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        Map<String, Object> nodes = map(cluster.get("services"), "cluster services");
        List<String> ids = new ArrayList<>();
        for (String node : List.of("kafka", "kafka-2", "kafka-3")) {
            Map<String, Object> service = map(nodes.get(node), node);
            Map<String, Object> env = new LinkedHashMap<>();
            if (node.equals("kafka")) {
                env.putAll(environment("kafka"));
            } else {
                assertThat(service.get("image"))
                        .as(node)
                        .isEqualTo(map(services.get("kafka"), "kafka").get("image"));
            }
            env.putAll(map(service.get("environment"), node + " environment"));
            ids.add(String.valueOf(env.get("KAFKA_NODE_ID")));
            assertThat(env)
                    .as(node)
                    .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093")
                    .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                    .containsEntry("CLUSTER_ID", environment("kafka").get("CLUSTER_ID"))
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", 2)
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", 2);
            assertThat(String.valueOf(env.get("KAFKA_ADVERTISED_LISTENERS")))
                    .as(node)
                    .contains("PLAINTEXT://" + node + ":19092");
        }
        assertThat(ids).containsExactly("1", "2", "3");
        SERVICE_PORTS.keySet().forEach(name -> {
            Map<String, Object> service = map(nodes.get(name), name);
            assertThat(map(service.get("environment"), name + " environment"))
                    .as(name)
                    .containsEntry("GOJI_TOPICS_REPLICATIONFACTOR", 3)
                    .containsEntry("GOJI_INSIGHTS_TOPICS_REPLICATIONFACTOR", 3);
            assertThat(map(service.get("depends_on"), name + " depends_on"))
                    .containsKeys("kafka", "kafka-2", "kafka-3");
        });
    }

    private static void assertPinned(String where, String image) {
        // registry/name:tag, optionally @sha256:digest; the tag must name a version, not a moving label.
        Matcher m = Pattern.compile("^[^:@]+(?::[0-9]+)?/?[^:@]*:([^:@]+)(@sha256:[0-9a-f]{64})?$")
                .matcher(image);
        assertThat(m.matches()).as(where + ": '" + image + "' has a tag").isTrue();
        String tag = m.group(1);
        assertThat(tag).as(where + ": tag of " + image).isNotEqualTo("latest").matches(".*[0-9].*");
        assertThat(tag).as(where + ": tag of " + image).doesNotMatch("[0-9]+(-.*)?"); // "17-jre" moves too
    }

    private static Map<String, String> environment(String service) {
        Object env = map(services.get(service), service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object entry : list) {
                String[] kv = entry.toString().split("=", 2);
                result.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("a docker-compose.yml above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}
