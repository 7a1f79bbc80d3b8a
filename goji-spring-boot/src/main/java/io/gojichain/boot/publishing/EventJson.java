package io.gojichain.boot.publishing;

import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import java.time.Instant;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The value serializer of every record: the contract's JSON ({@link GojiJson}, no type headers), with its two
 * instants per event written by {@link IsoInstantText} rather than the JDK's formatter, which the batch path's
 * profile showed. The text is the same, as the wire-format tests and the services' round trips check.
 */
final class EventJson {

    private EventJson() {}

    static JacksonJsonSerializer<GojiEvent> serializer() {
        JsonMapper mapper = GojiJson.configure(JsonMapper.builder())
                .addModule(new SimpleModule("goji-instant-text").addSerializer(Instant.class, new InstantText()))
                .build();
        return new JacksonJsonSerializer<GojiEvent>(mapper).noTypeInfo();
    }

    private static final class InstantText extends StdSerializer<Instant> {

        InstantText() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(IsoInstantText.format(value));
        }
    }
}
