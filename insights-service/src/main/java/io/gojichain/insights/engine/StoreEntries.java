package io.gojichain.insights.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;

/**
 * The wire form of store entries sent between instances: per entry the key (UTF-8) and the value
 * in the store's own binary form, each length-prefixed, then a -1. Values stay exact: they are the
 * same bytes the store holds, read back with the same serde.
 */
final class StoreEntries {

    static final String CONTENT_TYPE = "application/vnd.goji.store-entries";

    private static final int END = -1;

    private StoreEntries() {}

    static <V> byte[] write(List<KeyValue<String, V>> entries, String store, Serde<V> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (KeyValue<String, V> entry : entries) {
                byte[] key = entry.key.getBytes(StandardCharsets.UTF_8);
                byte[] value = values.serializer().serialize(store, entry.value);
                out.writeInt(key.length);
                out.write(key);
                out.writeInt(value.length);
                out.write(value);
            }
            out.writeInt(END);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** The entries of {@code body}; an IOException when it is cut short or malformed. */
    static <V> List<KeyValue<String, V>> read(byte[] body, String store, Serde<V> values) throws IOException {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            for (int keyLength = in.readInt(); keyLength != END; keyLength = in.readInt()) {
                String key = new String(in.readNBytes(checked(keyLength, in)), StandardCharsets.UTF_8);
                int valueLength = in.readInt();
                entries.add(KeyValue.pair(
                        key, values.deserializer().deserialize(store, in.readNBytes(checked(valueLength, in)))));
            }
        }
        return entries;
    }

    private static int checked(int length, DataInputStream in) throws IOException {
        if (length < 0 || length > in.available()) {
            throw new IOException("a store entry of " + length + " bytes where " + in.available() + " remain");
        }
        return length;
    }
}
