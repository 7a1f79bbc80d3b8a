package io.gojichain.insights.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Between insights instances only: the entries of the named partitions of a store, read from this
 * instance's active tasks. A partition this instance does not hold as active (any more) is a 503:
 * the asking instance then answers "not ready" instead of a number without it. Not part of the
 * public API (docs/CONTRACT.md section 6).
 */
@RestController
class InternalStoreController {

    static final String PATH = "/internal/v1/stores";

    private final StreamsBuilderFactoryBean factoryBean;

    InternalStoreController(StreamsBuilderFactoryBean factoryBean) {
        this.factoryBean = factoryBean;
    }

    @GetMapping(PATH + "/{store}/entries")
    ResponseEntity<byte[]> entries(
            @PathVariable String store, @RequestParam String partitions, @RequestParam Map<String, String> parameters) {
        Serde<Object> values = StoreSerdes.of(store);
        StoreRead read = StoreRead.of(parameters);
        List<Integer> wanted = parse(partitions);
        if (values == null || read == null || wanted == null) {
            return ResponseEntity.badRequest().build();
        }
        KafkaStreams streams = this.factoryBean.getKafkaStreams();
        if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            return ResponseEntity.status(503).build();
        }
        List<KeyValue<String, Object>> entries = new ArrayList<>();
        try {
            for (int partition : wanted) {
                // withPartition without stale stores: the active task's store only, or an exception
                ReadOnlyKeyValueStore<String, Object> one = streams.store(
                        StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, Object>keyValueStore())
                                .withPartition(partition));
                entries.addAll(read.applyTo(one));
            }
        } catch (InvalidStateStoreException ex) {
            return ResponseEntity.status(503).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(StoreEntries.CONTENT_TYPE))
                .body(StoreEntries.write(entries, store, values));
    }

    private static List<Integer> parse(String partitions) {
        try {
            return Arrays.stream(partitions.split(",")).map(Integer::valueOf).toList();
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
