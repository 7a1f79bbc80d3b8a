package io.gojichain.insights.engine;

import io.gojichain.insights.facts.InsightsNotReadyException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.HostInfo;
import org.jspecify.annotations.Nullable;

/**
 * Reads partitions of a store that another instance holds, through its
 * {@link InternalStoreController}. Anything but a whole answer (the instance is down, slow, no
 * longer holds a partition, answers garbage) is "not ready": the query is retried, never answered
 * from what arrived.
 */
final class RemotePartitions {

    private final HttpClient client;

    private final Duration timeout;

    private final @Nullable String credentials;

    RemotePartitions(Duration timeout, @Nullable String credentials) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.timeout = timeout;
        this.credentials = credentials;
    }

    <V> List<KeyValue<String, V>> read(
            HostInfo host, String store, StoreRead read, Set<Integer> partitions, Serde<V> values) {
        String query = read.parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String list = partitions.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + InternalStoreController.PATH + "/"
                + URLEncoder.encode(store, StandardCharsets.UTF_8) + "/entries?" + query + "&partitions=" + list);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(this.timeout)
                .header("Accept", StoreEntries.CONTENT_TYPE)
                .GET();
        if (this.credentials != null && !this.credentials.isBlank()) {
            request.header("Authorization", "Bearer " + this.credentials);
        }
        HttpResponse<byte[]> response;
        try {
            response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException ex) {
            throw new InsightsNotReadyException("instance " + host + " holding partitions " + list + " of " + store
                    + " does not answer: " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InsightsNotReadyException("interrupted while asking " + host);
        }
        if (response.statusCode() != 200) {
            throw new InsightsNotReadyException("instance " + host + " answered " + response.statusCode()
                    + " for partitions " + list + " of " + store);
        }
        try {
            return StoreEntries.read(response.body(), store, values);
        } catch (IOException | RuntimeException ex) {
            throw new InsightsNotReadyException("instance " + host + " sent an unreadable answer for " + store);
        }
    }
}
