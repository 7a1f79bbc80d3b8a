package io.gojichain.processing.web;

import io.gojichain.contracts.GojiJson;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Makes Boot's JSON mapper read requests the way the contract reads events ({@link GojiJson}), and
 * stricter still where Jackson would quietly coerce: a documented field must arrive with its own
 * JSON type, so {@code "outputKg": "12.5"}, {@code "batchId": 42}, {@code "method": 0} or {@code
 * "eventTime": 1700000000} are 400s naming the field rather than guesses.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer gojiStrictJson() {
        return builder -> {
            GojiJson.configure(builder);
            builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
            for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
                builder.withCoercionConfig(
                        numeric,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
            }
            builder.withCoercionConfig(
                    LogicalType.Textual,
                    config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
            builder.withCoercionConfig(
                    UUID.class, config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
            builder.addModule(new SimpleModule("goji-strict-instant")
                    .addDeserializer(Instant.class, new IsoInstantDeserializer()));
        };
    }

    /** Instants only as ISO-8601 strings with an offset; no epoch numbers, no empty string. */
    static final class IsoInstantDeserializer extends StdDeserializer<Instant> {

        IsoInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            if (parser.getString().isBlank()) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getString(), "empty instant");
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
